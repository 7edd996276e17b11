import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage() {
  await requireUser("/connections");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Connections</h1>
      <Card>
        <p className="text-sm text-slate-600 dark:text-slate-400">No Twilio account connected yet.</p>
      </Card>
    </div>
  );
}

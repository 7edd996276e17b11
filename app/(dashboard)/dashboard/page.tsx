import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Overview" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Overview</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Welcome, {user.name ?? user.email}.</p>
      </div>
      <Card className="space-y-2">
        <h2 className="font-medium">No Twilio account connected yet</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Connect a Twilio account to import its call log and see your analytics here.
        </p>
      </Card>
    </div>
  );
}

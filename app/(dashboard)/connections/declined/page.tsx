import type { Metadata } from "next";
import Link from "next/link";
import { ConnectButton } from "@/components/twilio/connect-button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Connection declined" };

export default function DeclinedPage() {
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-xl font-semibold">No problem: nothing was connected</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        You declined access on Twilio&apos;s page, so this app received nothing from your Twilio account and stored
        nothing. If that was a mistake, you can connect again.
      </p>
      <div className="flex items-center justify-center gap-4">
        <ConnectButton label="Try again" />
        <Link href="/dashboard" className="text-sm underline">
          Back to the dashboard
        </Link>
      </div>
    </Card>
  );
}

import { ConnectButton } from "@/components/twilio/connect-button";
import { Card } from "@/components/ui/card";

/** What a dashboard page shows before any connection: what connecting does, and the button. */
export function ConnectEmptyState({ title, name }: { title: string; name: string | null }) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Card className="mx-auto max-w-xl space-y-4 py-10 text-center">
        <h2 className="text-xl font-semibold">Connect your Twilio account</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Welcome, {name}. Authorize read-only access with Twilio Connect and this app imports your call log and turns
          it into dashboards. You can revoke access from Twilio at any time.
        </p>
        <ConnectButton />
      </Card>
    </div>
  );
}

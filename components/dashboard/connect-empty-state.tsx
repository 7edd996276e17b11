import { ConnectButton } from "@/components/twilio/connect-button";
import { Card } from "@/components/ui/card";
import { connectHref } from "@/lib/workspaces";

type Props = {
  title: string;
  name: string | null;
  /** The workspace shown and whether the viewer's role may connect an account into it. */
  access: { id: string; name: string; permissions: { connect: boolean } };
};

/** What a dashboard page shows before any connection: what connecting does, and the button (for those who may). */
export function ConnectEmptyState({ title, name, access }: Props) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Card className="mx-auto max-w-xl space-y-4 py-10 text-center">
        <h2 className="text-xl font-semibold">Connect your Twilio account</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Welcome, {name}. Authorize read-only access with Twilio Connect and this app imports your call log and turns
          it into dashboards. You can revoke access from Twilio at any time.
        </p>
        {access.permissions.connect ? (
          <ConnectButton href={connectHref(access.id)} />
        ) : (
          <p className="text-sm font-medium">
            No Twilio account is connected in {access.name} yet. An owner or admin of this workspace can connect one.
          </p>
        )}
      </Card>
    </div>
  );
}

import { Notice } from "@/components/ui/notice";
import type { ConnectionSummary } from "@/lib/connections";

type Props = { accounts: ConnectionSummary["accounts"]; importRunning: boolean };

/** Why there is no usage record yet: Twilio refuses every account's usage, an import is reading it, or none has yet. */
export function SpendEmptyState({ accounts, importRunning }: Props) {
  const refused = accounts.filter((account) => account.usageError !== null);
  if (accounts.length > 0 && refused.length === accounts.length) {
    return (
      <Notice tone="warning">
        Twilio does not let this connection read its accounts&apos; usage records (
        {refused.map((account) => `${account.friendlyName || account.sid}: ${account.usageError}`).join("; ")}), so
        there is no spend to show. Reconnecting from the account that owns them, with the Read all permission, lets the
        next import read it.
      </Notice>
    );
  }
  return (
    <Notice tone="info">
      {importRunning
        ? "The import is running: Twilio's usage records are read after each account's calls and messages, and the figures appear here as they arrive."
        : "No usage records have been imported for this connection yet. The next import reads them."}
    </Notice>
  );
}

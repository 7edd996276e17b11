import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { describeAccess, summarizeAccess, type ConnectionSummary } from "@/lib/connections";
import { viewerFormats } from "@/lib/viewer";
import { ConnectionStatusBadge } from "./status-badge";

const PERMISSION_LABELS: Record<string, string> = {
  "get-all": "Read all account data",
  "post-all": "Make changes and incur charges",
};

const COLUMNS = ["Account", "SID", "Role", "Status", "Calls", "Messages", "Usage"];

/**
 * One connected Twilio account: status, what it can read, and the accounts found under it with
 * what the grant reads in each (discovery checks it on every sync).
 */
export async function ConnectionCard({ connection, actions }: { connection: ConnectionSummary; actions: ReactNode }) {
  const { formatDateTime } = await viewerFormats();
  // The Connections page has no time zone filter: its times are in UTC, and say so.
  const formatTime = (value: Date | null) => (value ? `${formatDateTime(value, "UTC")} UTC` : "Never");
  const name = connection.friendlyName ?? connection.ownerAccountSid ?? connection.connectAccountSid;
  const access = summarizeAccess(connection.accounts);
  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <div className="flex items-center gap-2">
            <h2 className="text-lg font-semibold">{name}</h2>
            <ConnectionStatusBadge status={connection.status} />
          </div>
          <p className="font-mono text-xs text-slate-500 dark:text-slate-400">{connection.ownerAccountSid}</p>
        </div>
        <div className="flex items-center gap-2">{actions}</div>
      </div>
      {connection.status !== "active" && connection.lastError ? (
        <p className="text-sm text-red-700 dark:text-red-300">{connection.lastError} Reconnect to resume.</p>
      ) : null}
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <Detail term="Connected">{formatTime(connection.createdAt)}</Detail>
        <Detail term="Last sync">{formatTime(connection.lastSyncedAt)}</Detail>
        <Detail term="Permissions">
          {connection.permissions.map((p) => PERMISSION_LABELS[p] ?? p).join(", ") || "—"}
        </Detail>
      </dl>
      <p
        data-testid="account-access"
        className={access.problems.length ? "text-sm text-red-700 dark:text-red-300" : "text-sm"}
      >
        {describeAccess(access)}
      </p>
      <ScrollRegion label={`Twilio accounts under ${name}`}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Twilio accounts under {name}</caption>
          <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="py-2 font-medium">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {connection.accounts.map((account) => (
              <tr key={account.sid} data-testid="discovered-account">
                <td className="py-2">{account.friendlyName}</td>
                <td className="py-2 font-mono text-xs">{account.sid}</td>
                <td className="py-2">
                  {account.sid === account.ownerAccountSid
                    ? "Main account"
                    : account.isConnectSubaccount
                      ? "Created for this app"
                      : "Subaccount"}
                </td>
                <td className="py-2 capitalize">{account.closedAt ? "closed" : account.status}</td>
                <AccessCell
                  closed={account.closedAt !== null}
                  checked={account.accessCheckedAt}
                  error={account.callsError}
                />
                <AccessCell
                  closed={account.closedAt !== null}
                  checked={account.accessCheckedAt}
                  error={account.messagesError}
                />
                <AccessCell
                  closed={account.closedAt !== null}
                  checked={account.sync?.usageDailyUntil ?? null}
                  error={account.usageError}
                  unchecked={account.callsError && account.messagesError ? "Not read" : "Not read yet"}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}

/**
 * Whether the grant reads one list of an account: calls and messages as the last discovery found,
 * usage records as the last import did (they are read only by imports).
 */
function AccessCell({
  closed,
  checked,
  error,
  unchecked = "Not checked yet",
}: {
  closed: boolean;
  checked: Date | null;
  error: string | null;
  unchecked?: string;
}) {
  if (closed) return <td className="py-2">Not read (closed)</td>;
  if (error) return <td className="py-2 text-red-700 dark:text-red-300">{error}</td>;
  if (!checked) return <td className="py-2">{unchecked}</td>;
  return <td className="py-2">Readable</td>;
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase text-slate-500 dark:text-slate-400">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

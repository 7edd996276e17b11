"use client";

import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-styles";
import { statusLabel } from "@/lib/domain";
import { useFormats } from "@/components/ui/formats";
import type { Formats } from "@/lib/format";
import { useRecentCalls, useSyncStatus, type SyncStatus } from "@/lib/swr";

type LivePanelProps = {
  initialStatus: SyncStatus;
  accountSid?: string;
  timeZone: string;
  /** Whether the viewer's role may start an import: viewers see the status without the button. */
  canImport: boolean;
};

/** The newest calls and the import status, polled (ImportProgress re-renders the server panels). */
export function LivePanel({ initialStatus, accountSid, timeZone, canImport }: LivePanelProps) {
  const formats = useFormats();
  const { connectionId } = initialStatus;
  const { status, isSyncing, refreshNow, refreshError, error: syncError } = useSyncStatus(connectionId, initialStatus);
  const { calls, inProgress, error } = useRecentCalls(connectionId, accountSid);

  return (
    // Two rows tall beside calls over time and cost: its list of recent calls is taller than one
    // chart, and a row of its height would leave a gap under the chart beside it.
    <Card className="space-y-4 lg:row-span-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold">Live</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="sync-status">
            {syncError
              ? "Import status unavailable."
              : status
                ? describeSync(status, timeZone, formats)
                : "Checking import status…"}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <span className="text-sm" data-testid="in-progress">
            <strong className="tabular-nums">{inProgress}</strong> in progress
          </span>
          {canImport ? (
            <button
              type="button"
              // aria-disabled keeps keyboard focus on the button while a sync runs (disabled would drop it).
              onClick={() => (isSyncing ? undefined : void refreshNow())}
              aria-disabled={isSyncing}
              className={buttonClass("secondary")}
            >
              {isSyncing ? "Syncing…" : "Refresh now"}
            </button>
          ) : null}
        </div>
      </div>
      {refreshError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {refreshError.message}
        </p>
      ) : null}
      {error ? <p className="text-sm text-red-700 dark:text-red-400">Recent calls could not be loaded.</p> : null}
      <ul
        className="divide-y divide-slate-100 text-sm dark:divide-slate-800"
        aria-label="Recent calls"
        data-testid="recent-calls"
      >
        {calls.map((call) => (
          <li key={call.sid} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
            <time dateTime={call.startTime} className="w-36 shrink-0 text-slate-500 tabular-nums dark:text-slate-400">
              {formats.formatDateTime(call.startTime, timeZone)}
            </time>
            <span className="min-w-0 flex-1 truncate tabular-nums">
              {call.from} → {call.to}
            </span>
            <span className="text-slate-600 dark:text-slate-300">{statusLabel(call.status)}</span>
          </li>
        ))}
        {calls.length === 0 && !error ? (
          <li className="py-2 text-slate-500 dark:text-slate-400">No calls imported yet.</li>
        ) : null}
      </ul>
    </Card>
  );
}

function describeSync(
  { connectionStatus, sync }: SyncStatus,
  timeZone: string,
  { formatDateTime, formatNumber }: Formats,
): string {
  const imported = `${formatNumber(sync.callsImported)} calls imported`;
  // The page's notice asks to reconnect; nothing is retried until then.
  if (connectionStatus !== "active") return `Not importing until reconnected. ${imported}.`;
  if (sync.state === "running" || sync.state === "pending") return `Syncing… ${imported}.`;
  if (sync.state === "failed") return `Last sync failed. ${imported}.`;
  if (sync.state === "interrupted")
    return `Import interrupted${sync.interruptedAt ? ` at ${formatDateTime(sync.interruptedAt, timeZone)}` : ""}; Refresh now resumes it. ${imported}.`;
  return `${imported}; last synced ${sync.lastFinishedAt ? formatDateTime(sync.lastFinishedAt, timeZone) : "never"}.`;
}

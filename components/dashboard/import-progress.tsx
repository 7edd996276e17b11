"use client";

import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { useFormats } from "@/components/ui/formats";
import { useSyncStatus, type SyncStatus } from "@/lib/swr";
import { useRefreshOnImport } from "./use-refresh-on-import";

type Props = {
  /** The status the page was rendered with: the banner shows from the first paint. */
  initial: SyncStatus;
  timeZone: string;
  /** The page was opened by the Connect redirect: an import that already finished is announced too. */
  arrivedFromConnect: boolean;
};

type Sync = SyncStatus["sync"];

/**
 * "1 call", "3,000 calls and 12 messages", "40 messages" in the viewer's locale: what an account
 * holds, leaving out a list it has none of (calls are named when it has neither).
 */
function useRecordCount() {
  const { formatNumber } = useFormats();
  const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
  return (calls: number, messages: number) =>
    [
      calls > 0 || messages === 0 ? count(calls, "call", "calls") : null,
      messages > 0 ? count(messages, "message", "messages") : null,
    ]
      .filter(Boolean)
      .join(" and ");
}

/**
 * What an import is expected to hold: calls alone while no message has arrived, both once some
 * have; null until the import has a basis for each.
 */
function expectedRecords(calls: number | null, messages: number | null, messagesSoFar: number) {
  if (calls === null) return null;
  if (messagesSoFar === 0) return { calls, messages: 0 };
  return messages === null ? null : { calls, messages };
}

/** Sums of the accounts' estimates, or null while any account has none. */
const sumOf = (estimates: (number | null)[]) =>
  estimates.every((n) => n !== null) ? estimates.reduce<number>((sum, n) => sum + (n ?? 0), 0) : null;

/**
 * The first import as it runs (per account: calls so far, the expected total, when it started),
 * then "Import complete"; a failed or interrupted import of an active connection. Keeps the page's server panels
 * in step with the stored calls (see useRefreshOnImport).
 */
export function ImportProgress({ initial, timeZone, arrivedFromConnect }: Props) {
  const records = useRecordCount();
  const { status } = useSyncStatus(initial.connectionId, initial);
  const latest = status ?? initial;
  const { sync } = latest;
  useRefreshOnImport(initial.sync.dataVersion, status?.sync.dataVersion ?? null, sync.state === "running");
  // Kept across the re-renders the import causes: the page saw the first import unfinished.
  const [announceCompletion] = useState(arrivedFromConnect || !initial.sync.firstSyncComplete);

  // A revoked connection has its own notice (reconnect); "will be retried" would contradict it.
  if (latest.connectionStatus !== "active") return null;
  if (sync.state === "failed") {
    return (
      <Notice tone="warning">
        The last import failed{sync.lastError ? `: ${sync.lastError}` : ""}. It will be retried; the figures below may
        be out of date.
      </Notice>
    );
  }
  if (sync.state === "interrupted") {
    return (
      <Notice tone="warning">
        The import stopped when the server running it did. Refresh now resumes it where it stopped; otherwise the next
        scheduled import does. The figures below may be incomplete until then.
      </Notice>
    );
  }
  if (!sync.firstSyncComplete) return <FirstImport sync={sync} timeZone={timeZone} />;
  if (!announceCompletion || sync.state === "running") return null;
  const seconds = importSeconds(sync);
  return (
    <Notice tone="success">
      <span data-testid="import-complete">
        Import complete: {records(sync.callsImported, sync.messagesImported)}
        {seconds === null ? "" : ` in ${seconds} s`}.
      </span>
    </Notice>
  );
}

function importSeconds({ lastStartedAt, lastFinishedAt }: Sync): number | null {
  if (!lastStartedAt || !lastFinishedAt) return null;
  return Math.max(0, Math.round((Date.parse(lastFinishedAt) - Date.parse(lastStartedAt)) / 1000));
}

function FirstImport({ sync, timeZone }: { sync: Sync; timeZone: string }) {
  const { formatClock } = useFormats();
  const records = useRecordCount();
  const percent = sync.percent === null ? null : Math.round(sync.percent);
  const about = (expected: { calls: number; messages: number } | null) =>
    expected === null ? "" : ` of about ${records(expected.calls, expected.messages)}`;
  const expected = expectedRecords(
    sumOf(sync.perAccount.map((a) => a.estimatedCalls)),
    sumOf(sync.perAccount.map((a) => a.estimatedMessages)),
    sync.messagesImported,
  );
  return (
    <Notice tone="info">
      <div className="space-y-2" data-testid="first-sync">
        <p>
          Importing your history:{" "}
          <strong className="tabular-nums">{records(sync.callsImported, sync.messagesImported)}</strong> so far
          {about(expected)}. The dashboard fills in as they arrive.
          {sync.state === "pending" ? " Waiting for the import to start…" : ""}
        </p>
        <div
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          className="h-1.5 overflow-hidden rounded-full bg-sky-100 dark:bg-sky-900"
        >
          <div
            className="h-full bg-sky-600 motion-safe:transition-all dark:bg-sky-400"
            style={{ width: `${percent ?? 5}%` }}
          />
        </div>
        <ul className="space-y-0.5 text-xs" aria-label="Accounts being imported">
          {sync.perAccount.map((account) => (
            <li key={account.sid} className="flex flex-wrap gap-x-2">
              <span className="font-medium">{account.name}</span>
              <span className="tabular-nums">
                {records(account.callsImported, account.messagesImported)}
                {account.firstImportComplete
                  ? ", done"
                  : about(expectedRecords(account.estimatedCalls, account.estimatedMessages, account.messagesImported))}
              </span>
              {account.startedAt && !account.firstImportComplete ? (
                <span>started {formatClock(account.startedAt, timeZone)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </Notice>
  );
}

"use client";

import { Notice } from "@/components/ui/notice";
import { useSyncStatus } from "@/lib/swr";

const count = new Intl.NumberFormat("en-US");

/** Shown until the first import of the connection's history is done, or when the last one failed or stopped. */
export function SyncBanner({ connectionId }: { connectionId: string }) {
  const { status } = useSyncStatus(connectionId);
  if (!status) return null;
  const { sync } = status;
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
  if (sync.firstSyncComplete) return null;
  const percent = sync.percent === null ? null : Math.round(sync.percent);
  return (
    <Notice tone="info">
      <div className="space-y-2" data-testid="first-sync">
        <p>
          Importing your call history{percent === null ? "" : ` (${percent}%)`}: {count.format(sync.callsImported)}{" "}
          calls from {sync.accounts} {sync.accounts === 1 ? "account" : "accounts"} so far. The dashboard fills in as
          calls arrive.
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
      </div>
    </Notice>
  );
}

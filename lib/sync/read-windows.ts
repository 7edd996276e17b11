import "server-only";
import type twilio from "twilio";
import { getDbConnection } from "@/lib/db";
import { elapsedMs, logger } from "@/lib/log";
import { countRecordsImported, observeImportWindow } from "@/lib/metrics";
import {
  monthlyStatsTracker,
  rebuildStaleMonths,
  rebuildStats,
  RECORD_STATS,
  type MonthlyRebuilds,
} from "@/lib/rollups";
import { withSpan } from "@/lib/tracing";
import { fetchListPage, listPageUrl, type ListName } from "@/lib/twilio";
import { withPageSlot } from "./page-slots";
import type { SyncWindow } from "./plan";
import { upsertRecords } from "./write-rows";

export type WindowsTarget = { connectionId: string; accountSid: string; lists: readonly ListName[] };

export type ReadWindowsOptions = {
  /** Windows read at once. */
  concurrency: number;
  signal?: AbortSignal;
  onPage?: (records: number, list: ListName) => void;
  /** After each page and each finished window: the import saves its cursors here. */
  afterStep?: () => Promise<void>;
  /** Whether the account's history before these windows is imported (its monthly stats may be summed). */
  historyImported: boolean;
  monthlyRebuilds: MonthlyRebuilds;
};

/**
 * Reads time windows of one account's calls and messages, page by page, upserting each page, and
 * keeps the rollups in step: a window's hourly and daily sums are rebuilt once it is read, its
 * months once every window touching them is, and the stale message months at the end. The import
 * reads its plan through here, and the completeness check a day it imports again. Returns the
 * records written per list and whether every window was read.
 */
export async function readWindows(
  client: twilio.Twilio,
  target: WindowsTarget,
  windows: SyncWindow[],
  options: ReadWindowsOptions,
): Promise<{ written: Record<ListName, number>; complete: boolean }> {
  const written: Record<ListName, number> = { calls: 0, messages: 0 };
  const monthlyStats = monthlyStatsTracker(target, windows, {
    historyImported: options.historyImported,
    signal: options.signal,
    rebuilds: options.monthlyRebuilds,
  });
  await monthlyStats.start();

  // A window is marked done only once its rollups are rebuilt: any save (another window's
  // step may save the shared plan at any moment) then either has it done with its rollups, or
  // not done, to be read again after a crash. Saves stay once a second: most windows are a page
  // or two, and writing the whole plan after each one cost the database more than the pages.
  const readWindow = (window: SyncWindow) =>
    withSpan(
      "import window",
      {
        attributes: {
          "app.connection_id": target.connectionId,
          "twilio.account_sid": target.accountSid,
          "import.list": window.list,
          "import.window.from": window.from,
          "import.window.to": window.to,
        },
      },
      async (span) => {
        const startedAt = performance.now();
        let records = 0;
        let read = false;
        while (!read && !options.signal?.aborted) {
          const url =
            window.next ??
            listPageUrl(window.list, target.accountSid, { from: new Date(window.from), to: new Date(window.to) });
          const { stored, nextPageUrl } = await withPageSlot(async () => {
            const page = await fetchListPage(client, window.list, url);
            return {
              stored: await upsertRecords(getDbConnection(), window.list, target.connectionId, page.records),
              nextPageUrl: page.nextPageUrl,
            };
          });
          written[window.list] += stored;
          records += stored;
          countRecordsImported(window.list, stored);
          window.next = nextPageUrl;
          read = !window.next;
          options.onPage?.(stored, window.list);
          if (!read) await options.afterStep?.();
        }
        span.setAttributes({ "import.records": records, "import.window.complete": read });
        if (!read) return;
        await rebuildStats(
          RECORD_STATS[window.list],
          target.connectionId,
          new Date(window.from),
          new Date(window.to),
          target.accountSid,
        );
        window.done = true;
        const durationMs = elapsedMs(startedAt);
        observeImportWindow(window.list, durationMs / 1000);
        logger().debug(
          {
            connectionId: target.connectionId,
            accountSid: target.accountSid,
            step: "window",
            list: window.list,
            from: window.from,
            to: window.to,
            records,
            durationMs,
          },
          "import step",
        );
        if (window.list === "calls") monthlyStats.windowRead();
        await options.afterStep?.();
      },
    );

  const queue = windows.filter((w) => !w.done);
  const worker = async () => {
    for (let window = queue.shift(); window; window = queue.shift()) await readWindow(window);
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, queue.length) }, worker));
  const complete = windows.every((w) => w.done);
  await monthlyStats.finish({ complete });
  // Once the windows are read, each month they wrote into is summed once; a run out of time leaves
  // them to the next (the dashboard reads their messages meanwhile).
  if (!options.signal?.aborted)
    for (const list of target.lists) await rebuildStaleMonths(RECORD_STATS[list], target.connectionId);
  return { written, complete };
}

import "server-only";
import type twilio from "twilio";
import { getDb, Prisma } from "@/lib/db";
import { elapsedMs, logger } from "@/lib/log";
import { countRecordsImported } from "@/lib/metrics";
import { UNSETTLED_CALL_STATUSES } from "@/lib/domain";
import type { MonthlyRebuilds } from "@/lib/rollups";
import { retentionCutoff } from "@/lib/privacy";
import type { ListName } from "@/lib/twilio";
import { checkpointer } from "./checkpoint";
import { importUnstartedCalls } from "./unstarted-calls";
import { findHistorySpan } from "./history";
import { planWindows, readPlan, startOfUtcDay, type SyncPlan } from "./plan";
import { readWindows } from "./read-windows";

/**
 * Each window waits on Twilio's latency most of the time, so more windows overlap more of it;
 * each also holds a page in memory (the README's Performance section has the trade-off).
 */
const DEFAULT_CONCURRENCY = 12;

export type ImportOptions = {
  /**
   * Windows read at once (default DEFAULT_CONCURRENCY); the process-wide cap on pages in flight
   * (page-slots.ts) and the HTTP client's per-account cap, which shrinks on 429s, still bound real
   * concurrency.
   */
  concurrency?: number;
  /** Re-read at least this much before the last complete point: late prices and status changes. */
  trailingMs?: number;
  /** Stop (resumably) when aborted: a deadline, a shutdown. */
  signal?: AbortSignal;
  /** Called after each page is stored, with what it held (progress displays, benchmarks). */
  onPage?: (records: number, list: ListName) => void;
};

export type ImportTarget = {
  accountId: string;
  accountSid: string;
  connectionId: string;
  leaseOwner: string;
  /** The lists the grant reads in this account (discovery's access check). */
  lists: readonly ListName[];
};

const DEFAULT_TRAILING_MS = 24 * 60 * 60 * 1000;
const MAX_TRAILING_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Imports one account's calls and messages: the whole history the first time (time windows read in
 * parallel), afterwards only what changed since the last complete point. Every page is upserted
 * and the cursors checkpointed, so a run that stops or crashes resumes where it was. Returns
 * records written. Imports of one connection's accounts share `monthlyRebuilds`.
 */
export async function importAccount(
  client: twilio.Twilio,
  target: ImportTarget,
  options: ImportOptions,
  monthlyRebuilds: MonthlyRebuilds,
): Promise<number> {
  const startedAt = performance.now();
  const db = getDb();
  const sync = await db.accountSync.findUniqueOrThrow({ where: { accountId: target.accountId } });
  // Before the windows: their rollups then count the queued calls too.
  const queued = target.lists.includes("calls") ? await importUnstartedCalls(client, target) : 0;
  countRecordsImported("calls", queued);
  const plan =
    readPlan(sync.plan) ??
    (await makePlan(client, target, sync.completeUntil, options.trailingMs ?? DEFAULT_TRAILING_MS));
  const checkpoint = checkpointer(target.accountId, target.leaseOwner, plan);
  await checkpoint.now();
  const { written, complete } = await readWindows(client, target, plan.windows, {
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    signal: options.signal,
    onPage: options.onPage,
    afterStep: () => checkpoint.step(),
    historyImported: plan.kind === "incremental",
    monthlyRebuilds,
  });
  await checkpoint.settled();
  await db.accountSync.update({
    where: { accountId: target.accountId },
    data: complete ? { plan: Prisma.DbNull, completeUntil: plan.until } : { plan },
  });
  logger().info(
    {
      connectionId: target.connectionId,
      accountSid: target.accountSid,
      step: "records",
      plan: plan.kind,
      windows: plan.windows.length,
      queuedCalls: queued,
      calls: written.calls,
      messages: written.messages,
      complete,
      durationMs: elapsedMs(startedAt),
    },
    "import step",
  );
  return queued + written.calls + written.messages;
}

async function makePlan(
  client: twilio.Twilio,
  target: ImportTarget,
  completeUntil: Date | null,
  trailingMs: number,
): Promise<SyncPlan> {
  const until = new Date();
  // Nothing older than the retention period is imported: it would only be deleted again.
  const cutoff = retentionCutoff(until)?.getTime() ?? -Infinity;
  if (!completeUntil) {
    const windows = await Promise.all(
      target.lists.map(async (list) => {
        const span = await findHistorySpan(client, list, target.accountSid, until);
        if (!span || span.last.getTime() < cutoff) return [];
        const first = new Date(Math.max(span.first.getTime(), cutoff));
        const share = (span.last.getTime() - first.getTime()) / Math.max(span.last.getTime() - span.first.getTime(), 1);
        // About a thousand records (a page) per window, up to 64: enough to keep every reader busy.
        return planWindows(list, first, until, Math.min(64, Math.max(1, Math.ceil((span.estimated * share) / 1000))));
      }),
    );
    return { kind: "backfill", until: until.toISOString(), windows: windows.flat() };
  }
  // From the earliest call that may still change (unsettled, or not yet priced), within bounds.
  const oldestUnsettled = await getDb().call.findFirst({
    where: {
      connectionId: target.connectionId,
      accountSid: target.accountSid,
      startTime: { gte: new Date(until.getTime() - MAX_TRAILING_MS) },
      OR: [{ status: { in: [...UNSETTLED_CALL_STATUSES] } }, { status: "completed", price: null }],
    },
    orderBy: { startTime: "asc" },
    select: { startTime: true },
  });
  const from = new Date(
    Math.max(cutoff, Math.min(completeUntil.getTime() - trailingMs, oldestUnsettled?.startTime.getTime() ?? Infinity)),
  );
  const windows = target.lists.flatMap((list) => planWindows(list, startOfUtcDay(from), until, 4));
  return { kind: "incremental", until: until.toISOString(), windows };
}

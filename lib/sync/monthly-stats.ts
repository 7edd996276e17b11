import "server-only";
import { BREAKDOWN_KEYS } from "@/lib/analytics/sql/breakdown-keys";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { Period } from "@/lib/filters/resolve-range";
import { monthsOf, monthStart, quarterStart } from "@/lib/time/utc-months";
import { REBUILD_TRANSACTION } from "./hourly-stats";
import { withMonths, withoutSpan, type Coverage } from "./monthly-coverage";
import type { SyncWindow } from "./plan";

// The monthly stats (CallNumberMonthlyStat, CallBreakdownMonthlyStat) sum a connection's calls per
// UTC month. Each account's coverage (TwilioAccount.monthlyStatsFrom/Until) says which months
// include all of its calls. An import takes the months it will write into out of its coverage
// before writing, rebuilds each month as soon as every window touching it is read, and adds the
// months back. A crash in between leaves months uncounted, so the dashboard reads their calls
// instead of stale sums. Rebuilding during the import, month by month, overlaps Twilio's latency:
// the whole of a year of 1M calls at the end took 10 s on two cores, a quarter of the import.

type AccountRef = { connectionId: string; accountSid: string };

/**
 * Recomputes the connection's stats for one UTC month from the calls stored, all accounts at once,
 * and then its quarter's number rows unless `quarter` is false (the caller rebuilds another month
 * of that quarter later). Rebuilds of one connection queue behind each other, across processes too.
 */
export async function rebuildMonthlyStats(connectionId: string, month: Date, { quarter = true }: { quarter?: boolean } = {}): Promise<void> {
  const kinds = Object.entries(BREAKDOWN_KEYS);
  // Both keys start with the connection and a column with few values (party; kind): naming all of
  // them lets each statement seek its month's rows instead of reading all the connection's.
  const breakdownsOf = (from: Date) =>
    Prisma.sql`"connectionId" = ${connectionId} AND "kind" IN (${Prisma.join(kinds.map(([kind]) => kind))}) AND "month" = ${from}::timestamp`;
  const monthNumbers = Prisma.sql`"connectionId" = ${connectionId} AND "party" IN ('from', 'to') AND "months" = 1 AND "month" = ${month}::timestamp`;
  const calls = Prisma.sql`"connectionId" = ${connectionId} AND "startTime" >= ${month}::timestamp AND "startTime" < ${monthStart(month, 1)}::timestamp`;
  const keyColumn = (index: number) => Prisma.raw(`"k${index}"`);
  await getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('monthly-stats'), hashtext(${connectionId}))`;
      await tx.$executeRaw`DELETE FROM "CallNumberMonthlyStat" WHERE ${monthNumbers}`;
      // max() of a country code needs no collation: "C" compares bytes, a third faster here.
      await tx.$executeRaw`
        INSERT INTO "CallNumberMonthlyStat" ("connectionId", "party", "months", "month", "number", "country", "calls", "durationSeconds")
        SELECT ${connectionId}, 'to', 1, ${month}::timestamp, "to", max("toCountry" COLLATE "C"), count(*)::int, coalesce(sum("duration"), 0)
        FROM "Call" WHERE ${calls}
        GROUP BY "to"
        UNION ALL
        SELECT ${connectionId}, 'from', 1, ${month}::timestamp, "from", max("fromCountry" COLLATE "C"), count(*)::int, coalesce(sum("duration"), 0)
        FROM "Call" WHERE ${calls}
        GROUP BY "from"`;
      if (quarter) await rebuildQuarter(tx, connectionId, quarterStart(month));

      // One pass sums the calls by every breakdown's key at once (null where a call does not
      // count for it); each breakdown then sums those few rows instead of the calls again.
      await tx.$executeRaw`DELETE FROM "CallBreakdownMonthlyStat" WHERE ${breakdownsOf(month)}`;
      await tx.$executeRaw`
        WITH cube AS MATERIALIZED (
          SELECT "accountSid", "status", "direction",
                 ${Prisma.join(kinds.map(([, { key, counts }], index) => Prisma.sql`CASE WHEN ${counts} THEN ${key} END AS ${keyColumn(index)}`))},
                 count(*)::int AS calls, coalesce(sum("duration"), 0) AS seconds
          FROM "Call" WHERE ${calls}
          GROUP BY ${Prisma.join([Prisma.raw(`"accountSid", "status", "direction"`), ...kinds.map((_, index) => keyColumn(index))])})
        INSERT INTO "CallBreakdownMonthlyStat" ("connectionId", "kind", "month", "accountSid", "status", "direction", "key", "calls", "durationSeconds")
        ${Prisma.join(
          kinds.map(
            ([kind], index) => Prisma.sql`
              SELECT ${connectionId}, ${kind}, ${month}::timestamp, "accountSid", "status", "direction", ${keyColumn(index)}, sum(calls)::int, sum(seconds)
              FROM cube WHERE ${keyColumn(index)} IS NOT NULL
              GROUP BY 4, 5, 6, 7`,
          ),
          " UNION ALL ",
        )}`;
    },
    REBUILD_TRANSACTION,
  );
}

/** The quarter's number rows, summed again from its months' rows: read only once all three count. */
async function rebuildQuarter(tx: Prisma.TransactionClient, connectionId: string, quarter: Date): Promise<void> {
  const ofQuarter = Prisma.sql`"connectionId" = ${connectionId} AND "party" IN ('from', 'to')`;
  await tx.$executeRaw`DELETE FROM "CallNumberMonthlyStat" WHERE ${ofQuarter} AND "months" = 3 AND "month" = ${quarter}::timestamp`;
  await tx.$executeRaw`
    INSERT INTO "CallNumberMonthlyStat" ("connectionId", "party", "months", "month", "number", "country", "calls", "durationSeconds")
    SELECT ${connectionId}, "party", 3, ${quarter}::timestamp, "number", max("country" COLLATE "C"), sum("calls")::int, sum("durationSeconds")
    FROM "CallNumberMonthlyStat"
    WHERE ${ofQuarter} AND "months" = 1 AND "month" >= ${quarter}::timestamp AND "month" < ${monthStart(quarter, 3)}::timestamp
    GROUP BY "party", "number"`;
}

async function readCoverage({ connectionId, accountSid }: AccountRef): Promise<Coverage> {
  const account = await getDb().twilioAccount.findUnique({ where: { connectionId_sid: { connectionId, sid: accountSid } } });
  return { from: account?.monthlyStatsFrom ?? null, until: account?.monthlyStatsUntil ?? null };
}

async function saveCoverage({ connectionId, accountSid }: AccountRef, coverage: Coverage): Promise<void> {
  await getDb().twilioAccount.updateMany({
    where: { connectionId, sid: accountSid },
    data: { monthlyStatsFrom: coverage.from, monthlyStatsUntil: coverage.until },
  });
}

/**
 * Keeps one account's monthly stats in step with an import of `windows` (its plan's windows; the
 * import flips their `done`). Rebuilds run one at a time in the background; `finish` waits for them.
 */
export function monthlyStatsTracker(
  account: AccountRef,
  windows: readonly SyncWindow[],
  { historyImported, signal }: { historyImported: boolean; signal?: AbortSignal },
) {
  const callWindows = windows.filter((window) => window.list === "calls");
  const spanOf = (window: SyncWindow): Period => ({ start: new Date(window.from), end: new Date(window.to) });
  let months = callWindows.length > 0 ? monthsOf(hull(callWindows.map(spanOf))) : [];
  const rebuilt: Period[] = [];
  let coverage: Coverage = { from: null, until: null };
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown;

  const counted = (month: Period) => coverage.until !== null && month.end <= coverage.until && (!coverage.from || month.start >= coverage.from);
  const isRebuilt = (month: Period) => rebuilt.some((done) => done.start.getTime() === month.start.getTime());
  const ready = (month: Period) =>
    !isRebuilt(month) && callWindows.every((window) => window.done || spanOf(window).end <= month.start || spanOf(window).start >= month.end);
  // A month this import still has to rebuild does not count until it is, so neither does its
  // quarter: summing the quarter can wait for the last of its months (a backfill summed each three times).
  const quarterLater = (month: Period) =>
    months.some(
      (other) => other.start.getTime() !== month.start.getTime() && quarterStart(other.start).getTime() === quarterStart(month.start).getTime() && !isRebuilt(other) && !counted(other),
    );

  const catchUp = async () => {
    for (const month of months.filter((m) => ready(m) && !counted(m))) {
      // A run out of time stops between months; the next one picks up those not counted.
      if (signal?.aborted) return;
      await rebuildMonthlyStats(account.connectionId, month.start, { quarter: !quarterLater(month) });
      rebuilt.push(month);
      // Months rebuilt out of order join once the gap closes.
      coverage = withMonths(coverage, rebuilt);
      await saveCoverage(account, coverage);
    }
  };
  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((error: unknown) => void (failure ??= error));
  };

  return {
    /**
     * Before the import writes: the months its unread windows touch stop counting. When the history
     * before the plan is already imported but not all counted (stats added to an existing
     * deployment, reset by a migration, or left behind by a run that ran out of time after its
     * last window), its months are rebuilt too.
     */
    async start(): Promise<void> {
      coverage = await readCoverage(account);
      const unread = callWindows.filter((window) => !window.done).map(spanOf);
      if (unread.length > 0) coverage = withoutSpan(coverage, hull(unread));
      await saveCoverage(account, coverage);
      const planStart = months[0]?.start;
      const reachesPlan = coverage.from === null && coverage.until !== null && (!planStart || coverage.until >= planStart);
      if (historyImported && !reachesPlan) {
        const first = await getDb().call.findFirst({
          where: { connectionId: account.connectionId, accountSid: account.accountSid },
          orderBy: { startTime: "asc" },
          select: { startTime: true },
        });
        if (first) months = monthsOf(hull([{ start: first.startTime, end: monthStart(first.startTime, 1) }, ...callWindows.map(spanOf)]));
      }
      enqueue(catchUp);
    },
    /** After a calls window is read: rebuild the months no unread window touches any more. */
    windowRead(): void {
      enqueue(catchUp);
    },
    /**
     * Waits for the rebuilds. Once the import is complete its months start at the account's first
     * call, so coverage that reaches them reaches back to the beginning (and an account without
     * calls is counted up to now).
     */
    async finish({ complete }: { complete: boolean }): Promise<void> {
      enqueue(catchUp);
      await chain;
      if (failure) throw failure;
      if (!complete) return;
      const first = months[0];
      if (!first) coverage = { from: null, until: monthStart(new Date(), 1) };
      else if (coverage.from?.getTime() === first.start.getTime()) coverage = { from: null, until: coverage.until };
      await saveCoverage(account, coverage);
    },
  };
}

function hull(spans: readonly Period[]): Period {
  return {
    start: new Date(Math.min(...spans.map((span) => span.start.getTime()))),
    end: new Date(Math.max(...spans.map((span) => span.end.getTime()))),
  };
}

/**
 * Rebuilds every month a connection has calls in and counts them for all its accounts: for data
 * loaded without an import (tests, benchmarks).
 */
export async function rebuildAllMonthlyStats(connectionId: string): Promise<void> {
  const [span] = await getDb().$queryRaw<{ start: Date | null; end: Date | null }[]>`
    SELECT min("startTime") AS start, max("startTime") AS end FROM "Call" WHERE "connectionId" = ${connectionId}`;
  if (!span?.start || !span.end) return;
  const months = monthsOf({ start: span.start, end: monthStart(span.end, 1) });
  for (const [index, month] of months.entries()) {
    const next = months[index + 1];
    const lastOfQuarter = !next || quarterStart(next.start).getTime() !== quarterStart(month.start).getTime();
    await rebuildMonthlyStats(connectionId, month.start, { quarter: lastOfQuarter });
  }
  await getDb().twilioAccount.updateMany({ where: { connectionId }, data: { monthlyStatsFrom: null, monthlyStatsUntil: monthStart(span.end, 1) } });
}

import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { monthsOf, monthStart, quarterStart } from "@/lib/time";
import { BREAKDOWN_KEYS } from "./breakdown-keys";
import { REBUILD_TRANSACTION } from "./rebuild-transaction";

// The monthly stats (CallNumberMonthlyStat, CallBreakdownMonthlyStat) sum a connection's calls per
// UTC month, all its accounts together. monthly-stats-tracker.ts keeps them in step with imports.

/**
 * Recomputes the connection's stats for one UTC month from the calls stored, all accounts at once,
 * and then its quarter's number rows unless `quarter` is false (the caller rebuilds another month
 * of that quarter later). Rebuilds of one connection queue behind each other, across processes too.
 */
export async function rebuildMonthlyStats(
  connectionId: string,
  month: Date,
  { quarter = true }: { quarter?: boolean } = {},
): Promise<void> {
  const kinds = Object.entries(BREAKDOWN_KEYS);
  // Both keys start with the connection and a column with few values (party; kind): naming all of
  // them lets each statement seek its month's rows instead of reading all the connection's.
  const breakdownsOf = (from: Date) =>
    Prisma.sql`"connectionId" = ${connectionId} AND "kind" IN (${Prisma.join(kinds.map(([kind]) => kind))}) AND "month" = ${from}::timestamp`;
  const monthNumbers = Prisma.sql`"connectionId" = ${connectionId} AND "party" IN ('from', 'to') AND "months" = 1 AND "month" = ${month}::timestamp`;
  const calls = Prisma.sql`"connectionId" = ${connectionId} AND "startTime" >= ${month}::timestamp AND "startTime" < ${monthStart(month, 1)}::timestamp`;
  const keyColumn = (index: number) => Prisma.raw(`"k${index}"`);
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('monthly-stats'), hashtext(${connectionId}))`;
    await tx.$executeRaw`DELETE FROM "CallNumberMonthlyStat" WHERE ${monthNumbers}`;
    // max() of a country code needs no collation: "C" compares bytes.
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
  }, REBUILD_TRANSACTION);
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
  await getDb().twilioAccount.updateMany({
    where: { connectionId },
    data: { monthlyStatsFrom: null, monthlyStatsUntil: monthStart(span.end, 1) },
  });
}

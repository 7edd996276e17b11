import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { rebuildDailyBreakdowns } from "./daily-breakdowns";
import { markStaleMonths } from "./monthly-numbers";
import { REBUILD_TRANSACTION } from "./rebuild-transaction";
import { firstHalfColumn, identifier, type RecordStats } from "./records";

/**
 * Recomputes one kind of record's hourly rollup (CallHourlyStat, MessageHourlyStat), its per-number
 * hours and daily breakdowns, if it keeps any, for the UTC hours in [from, to) of one connection (optionally one
 * account) from the records stored, and marks its monthly sums of those months stale
 * (rebuildStaleMonths sums them again). Imports call it for the whole UTC days each window read, so
 * the dashboard's totals and time series read a few thousand rows instead of every record.
 */
export async function rebuildStats(
  stats: RecordStats,
  connectionId: string,
  from: Date,
  to: Date,
  accountSid?: string,
): Promise<void> {
  const account = accountSid ?? null;
  const time = identifier(stats.time);
  const ofRecords = (column: Prisma.Sql) => Prisma.sql`"connectionId" = ${connectionId}
    AND (${account}::text IS NULL OR "accountSid" = ${account}::text)
    AND ${column} >= date_trunc('hour', ${from}::timestamp) AND ${column} < ${to}::timestamp`;
  const firstHalf = Prisma.sql`${time} < date_trunc('hour', ${time}) + interval '30 minutes'`;
  const dimensions = stats.dimensions.map(identifier);
  const columns = [
    ...stats.measures.map((measure) => identifier(measure.column)),
    ...stats.measures.map((measure) => identifier(firstHalfColumn(measure.column))),
  ];
  const sums = [
    ...stats.measures.map((measure) => Prisma.sql`coalesce(sum(${measure.value}), 0)`),
    ...stats.measures.map((measure) => Prisma.sql`coalesce(sum(${measure.value}) FILTER (WHERE ${firstHalf}), 0)`),
  ];
  const groups = Prisma.raw(stats.dimensions.map((_, index) => String(index + 3)).join(", "));
  // An interactive transaction: batch transactions cannot lift the timeout.
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM ${identifier(stats.hourly)} WHERE ${ofRecords(Prisma.sql`"hour"`)}`;
    await tx.$executeRaw`
      INSERT INTO ${identifier(stats.hourly)} ("connectionId", "hour", ${Prisma.join(dimensions)}, ${Prisma.join(columns)})
      SELECT "connectionId", date_trunc('hour', ${time}), ${Prisma.join(dimensions)}, ${Prisma.join(sums)}
      FROM ${identifier(stats.table)}
      WHERE ${ofRecords(time)}
      GROUP BY 1, 2, ${groups}`;
    if (stats.numberHours) {
      const { table, number, counts } = stats.numberHours;
      await tx.$executeRaw`DELETE FROM ${identifier(table)} WHERE ${ofRecords(Prisma.sql`"hour"`)}`;
      await tx.$executeRaw`
        INSERT INTO ${identifier(table)} ("connectionId", "number", "hour", "accountSid", "status", "calls")
        SELECT "connectionId", ${number}, date_trunc('hour', ${time}), "accountSid", "status", count(*)::int
        FROM ${identifier(stats.table)}
        WHERE ${ofRecords(time)} AND ${counts}
        GROUP BY 1, 2, 3, 4, 5`;
    }
    if (stats.daily) await rebuildDailyBreakdowns(tx, stats, stats.daily, { connectionId, from, to, account });
    if (stats.monthly) await markStaleMonths(tx, stats.monthly, { connectionId, from, to });
  }, REBUILD_TRANSACTION);
}

import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { monthStart, quarterStart } from "@/lib/time";
import { REBUILD_TRANSACTION } from "./rebuild-transaction";
import { identifier, type MonthlyNumbers, type RecordStats } from "./records";

// A kind's sums per number and calendar month, quarter and year (MessageMonthlyBreakdown). Each
// import window marks the months it wrote into as stale (MessageStaleMonth) in the transaction that
// marks it read; once the import has read its windows, the stale months are summed again from the
// records, then their quarters and years from the months. The dashboard reads a stale month (and
// its quarter and year) from the records instead, so the sums are never read out of date, and a
// month is summed once per import however many windows wrote into it.

type Span = { connectionId: string; from: Date; to: Date };

/**
 * Marking and summing take one lock per connection and table: a window's mark then either comes
 * before a summing (whose records it wrote the window's messages before) or after it (and the
 * month stays stale for the next one).
 */
function lock(tx: Prisma.TransactionClient, monthly: MonthlyNumbers, connectionId: string) {
  return tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${monthly.table}), hashtext(${connectionId}))`;
}

/** Marks the UTC months holding [from, to) stale; last in the window's transaction, as it may wait for a summing. */
export async function markStaleMonths(
  tx: Prisma.TransactionClient,
  monthly: MonthlyNumbers,
  { connectionId, from, to }: Span,
): Promise<void> {
  await lock(tx, monthly, connectionId);
  await tx.$executeRaw`
    INSERT INTO ${identifier(monthly.stale)} ("connectionId", "month")
    SELECT ${connectionId}, generate_series(date_trunc('month', ${from}::timestamp),
                                            date_trunc('month', ${to}::timestamp - interval '1 microsecond'), interval '1 month')
    ON CONFLICT DO NOTHING`;
}

/** The connection's stale months, summed again with their quarters and years; nothing when none is. */
export async function rebuildStaleMonths(stats: RecordStats, connectionId: string): Promise<void> {
  const { monthly } = stats;
  if (!monthly) return;
  const table = identifier(monthly.table);
  const time = identifier(stats.time);
  const columns = Prisma.join(monthly.measures.map((measure) => identifier(measure.column)));
  const ofConnection = Prisma.sql`"connectionId" = ${connectionId}`;
  await getDb().$transaction(async (tx) => {
    await lock(tx, monthly, connectionId);
    const stale = await tx.$queryRaw<{ month: Date }[]>`
      SELECT "month" FROM ${identifier(monthly.stale)} WHERE ${ofConnection} ORDER BY 1`;
    if (stale.length === 0) return;
    const months = stale.map((row) => row.month);
    for (const month of months) {
      await tx.$executeRaw`DELETE FROM ${table} WHERE ${ofConnection} AND "months" = 1 AND "month" = ${month}::timestamp`;
      await tx.$executeRaw`
        INSERT INTO ${table} ("connectionId", "kind", "months", "month", "key", "country", ${columns})
        ${Prisma.join(
          Object.entries(monthly.parties).map(
            ([party, { number, country }]) => Prisma.sql`
              SELECT ${connectionId}::text, ${party}::text, 1, ${month}::timestamp, ${number}, max(${country} COLLATE "C"),
                     ${Prisma.join(monthly.measures.map((measure) => Prisma.sql`sum(${measure.value})`))}
              FROM ${identifier(stats.table)}
              WHERE ${ofConnection} AND ${time} >= ${month}::timestamp AND ${time} < ${monthStart(month, 1)}::timestamp
              GROUP BY ${number}`,
          ),
          " UNION ALL ",
        )}`;
    }
    // Each quarter from its months, each year from its quarters.
    const units = [
      { months: 3, below: 1, starts: months.map(quarterStart) },
      { months: 12, below: 3, starts: months.map((month) => new Date(Date.UTC(month.getUTCFullYear(), 0, 1))) },
    ];
    for (const unit of units) {
      for (const start of new Set(unit.starts.map((date) => date.getTime()))) {
        const first = new Date(start);
        await tx.$executeRaw`DELETE FROM ${table} WHERE ${ofConnection} AND "months" = ${unit.months} AND "month" = ${first}::timestamp`;
        await tx.$executeRaw`
          INSERT INTO ${table} ("connectionId", "kind", "months", "month", "key", "country", ${columns})
          SELECT ${connectionId}::text, "kind", ${unit.months}::int, ${first}::timestamp, "key", max("country" COLLATE "C"),
                 ${Prisma.join(monthly.measures.map((measure) => Prisma.sql`sum(${identifier(measure.column)})`))}
          FROM ${table}
          WHERE ${ofConnection} AND "months" = ${unit.below} AND "month" >= ${first}::timestamp
            AND "month" < ${monthStart(first, unit.months)}::timestamp
          GROUP BY "kind", "key"`;
      }
    }
    await tx.$executeRaw`
      DELETE FROM ${identifier(monthly.stale)} WHERE ${ofConnection} AND "month" IN (${Prisma.join(months.map((month) => Prisma.sql`${month}::timestamp`))})`;
  }, REBUILD_TRANSACTION);
}

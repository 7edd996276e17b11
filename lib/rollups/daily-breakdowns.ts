import "server-only";
import { Prisma } from "@/lib/db";
import { identifier, type DailyBreakdowns, type RecordStats } from "./records";

type Span = { connectionId: string; from: Date; to: Date; account: string | null };

/** The UTC days that hold [from, to): a rebuild of part of a day rebuilds the whole day. */
const daysOf = ({ from, to }: Span) => ({
  start: Prisma.sql`date_trunc('day', ${from}::timestamp)`,
  end: Prisma.sql`date_trunc('day', ${to}::timestamp - interval '1 microsecond') + interval '1 day'`,
});

/**
 * Recomputes a kind's daily breakdowns (MessageDailyBreakdown) for the UTC days holding [from, to), inside the caller's
 * transaction: per day, account, status, direction and channel, the records of each key of each
 * breakdown (countries, error codes, numbers). Imports read whole UTC days per window, so like the
 * hourly rollup this is exact for every day an import has read, with no coverage to track.
 */
export async function rebuildDailyBreakdowns(
  tx: Prisma.TransactionClient,
  stats: RecordStats,
  daily: DailyBreakdowns,
  span: Span,
): Promise<void> {
  const { start, end } = daysOf(span);
  const time = identifier(stats.time);
  const ofAccount = Prisma.sql`"connectionId" = ${span.connectionId}
    AND (${span.account}::text IS NULL OR "accountSid" = ${span.account}::text)`;
  const dimensions = stats.dimensions.map(identifier);
  const groups = Prisma.raw(stats.dimensions.map((_, index) => String(index + 4)).join(", "));
  const table = identifier(daily.table);
  const kinds = Object.entries(daily.kinds);
  await tx.$executeRaw`
    DELETE FROM ${table}
    WHERE ${ofAccount} AND "kind" IN (${Prisma.join(kinds.map(([kind]) => kind))}) AND "day" >= ${start} AND "day" < ${end}`;
  // The window's records are read once; each breakdown then groups them by its own key.
  await tx.$executeRaw`
    WITH records AS MATERIALIZED (
      SELECT * FROM ${identifier(stats.table)} WHERE ${ofAccount} AND ${time} >= ${start} AND ${time} < ${end})
    INSERT INTO ${table} ("connectionId", "kind", "day", ${Prisma.join(dimensions)}, "key", "country",
                          ${Prisma.join(daily.measures.map((measure) => identifier(measure.column)))})
    ${Prisma.join(
      kinds.map(
        ([kind, { key, counts, country }]) => Prisma.sql`
          SELECT ${span.connectionId}::text, ${kind}::text, date_trunc('day', ${time}), ${Prisma.join(dimensions)}, ${key},
                 ${country ? Prisma.sql`max(${country} COLLATE "C")` : Prisma.sql`NULL::text`},
                 ${Prisma.join(daily.measures.map((measure) => Prisma.sql`sum(${measure.value})`))}
          FROM records WHERE ${counts}
          GROUP BY 3, ${groups}, ${Prisma.raw(String(stats.dimensions.length + 4))}`,
      ),
      " UNION ALL ",
    )}`;
  if (daily.monthly) await rebuildMonthly(tx, daily, daily.monthly, span);
}

/**
 * Sums the monthly kinds' daily rows again for the months, quarters and years holding [from, to), over all
 * the connection's accounts. Imports of a connection's accounts rebuild these months at once, so
 * they queue on a lock: each then sums every account's rows as committed when its turn comes,
 * and the last to run has every window's.
 */
async function rebuildMonthly(
  tx: Prisma.TransactionClient,
  daily: DailyBreakdowns,
  monthly: NonNullable<DailyBreakdowns["monthly"]>,
  span: Span,
): Promise<void> {
  const { start, end } = daysOf(span);
  const last = Prisma.sql`(${end} - interval '1 microsecond')`;
  const table = identifier(monthly.table);
  const columns = Prisma.join(daily.measures.map((measure) => identifier(measure.column)));
  const sums = Prisma.join(daily.measures.map((measure) => Prisma.sql`sum(${identifier(measure.column)})`));
  const ofKinds = Prisma.sql`"connectionId" = ${span.connectionId} AND "kind" IN (${Prisma.join(monthly.kinds)})`;
  // Each level is summed from the one below: months from days, quarters from months, years from quarters.
  const levels = [
    { months: 1, unit: "month", below: null },
    { months: 3, unit: "quarter", below: 1 },
    { months: 12, unit: "year", below: 3 },
  ] as const;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${monthly.table}), hashtext(${span.connectionId}))`;
  for (const { months, unit, below } of levels) {
    const from = Prisma.sql`date_trunc(${unit}, ${start})`;
    const to = Prisma.sql`date_trunc(${unit}, ${last}) + ${`${months} months`}::interval`;
    const source =
      below === null
        ? Prisma.sql`SELECT "kind", "day" AS t, "key", "country", ${columns} FROM ${identifier(daily.table)}
                     WHERE ${ofKinds} AND "day" >= ${from} AND "day" < ${to}`
        : Prisma.sql`SELECT "kind", "month" AS t, "key", "country", ${columns} FROM ${table}
                     WHERE ${ofKinds} AND "months" = ${below} AND "month" >= ${from} AND "month" < ${to}`;
    await tx.$executeRaw`DELETE FROM ${table} WHERE ${ofKinds} AND "months" = ${months} AND "month" >= ${from} AND "month" < ${to}`;
    await tx.$executeRaw`
      INSERT INTO ${table} ("connectionId", "kind", "months", "month", "key", "country", ${columns})
      SELECT ${span.connectionId}::text, "kind", ${months}::int, date_trunc(${unit}, t), "key", max("country" COLLATE "C"), ${sums}
      FROM (${source}) s
      GROUP BY 2, 4, 5`;
  }
}

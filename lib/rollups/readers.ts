import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { monthStart, quarterStart, type Period } from "@/lib/time";
import type { BreakdownKind } from "./breakdown-keys";
import { firstHalfColumn, identifier, type Measure, type RecordStats } from "./records";

// What the dashboards read from the summary tables. Callers pass `dimensions`, an `AND …` fragment
// on the columns every rollup keeps ("accountSid", "status", "direction"), or Prisma.empty.

/** A kind's daily breakdown rows (key, and the breakdown table's measures) of one breakdown over whole UTC days. */
export function dailyBreakdownRows(
  stats: RecordStats,
  connectionId: string,
  kind: string,
  days: Period,
  dimensions: Prisma.Sql,
): Prisma.Sql {
  if (!stats.daily) throw new Error(`${stats.table} keeps no daily breakdowns`);
  const measures = stats.daily.measures.map(
    (measure) => Prisma.sql`${identifier(measure.column)} AS ${identifier(measure.alias)}`,
  );
  return Prisma.sql`
    SELECT "key", ${Prisma.join(measures)}
    FROM ${identifier(stats.daily.table)}
    WHERE "connectionId" = ${connectionId} AND "kind" = ${kind} AND "day" >= ${days.start}::timestamp
      AND "day" < ${days.end}::timestamp ${dimensions}`;
}

/** How finely a UTC hour is read: whole, or as its two halves (zones offset by half hours). */
export type HourSplit = "whole" | "halves";

/**
 * Hourly rollup rows for whole UTC hours, with the columns t, the rollup's dimensions and its
 * measures under their aliases (calls, seconds, price, priced for calls): the same shape as one
 * row per record.
 */
export function hourlyStatRows(
  stats: RecordStats,
  connectionId: string,
  hours: Period,
  split: HourSplit,
  dimensions: Prisma.Sql,
): Prisma.Sql {
  const table = identifier(stats.hourly);
  const keys = Prisma.join(stats.dimensions.map(identifier));
  const where = Prisma.sql`"connectionId" = ${connectionId} AND "hour" >= ${hours.start}::timestamp
    AND "hour" < ${hours.end}::timestamp ${dimensions}`;
  const sums = (column: (measure: Measure) => Prisma.Sql) =>
    Prisma.join(stats.measures.map((measure) => Prisma.sql`${column(measure)} AS ${identifier(measure.alias)}`));
  const whole = (measure: Measure) => identifier(measure.column);
  const firstHalf = (measure: Measure) => identifier(firstHalfColumn(measure.column));
  if (split === "whole") return Prisma.sql`SELECT "hour" AS t, ${keys}, ${sums(whole)} FROM ${table} WHERE ${where}`;
  // Each hour as its halves: the first half's sums at :00, the rest at :30, empty halves left out.
  const [count] = stats.measures;
  if (!count) throw new Error(`${stats.hourly} keeps no count`);
  return Prisma.sql`
    SELECT "hour" AS t, ${keys}, ${sums(firstHalf)}
    FROM ${table}
    WHERE ${where} AND ${firstHalf(count)} > 0
    UNION ALL
    SELECT "hour" + interval '30 minutes', ${keys}, ${sums((measure) => Prisma.sql`${whole(measure)} - ${firstHalf(measure)}`)}
    FROM ${table}
    WHERE ${where} AND ${whole(count)} > ${firstHalf(count)}`;
}

/**
 * Per-number hourly rows (t, number, accountSid, status and the count under its measure's alias,
 * "calls") for whole UTC hours: the same columns as hourlyStatRows' "whole" rows, plus the number.
 */
export function numberHourRows(
  stats: RecordStats,
  connectionId: string,
  hours: Period,
  filter: Prisma.Sql,
): Prisma.Sql {
  if (!stats.numberHours) throw new Error(`${stats.table} keeps no per-number hours`);
  const [count] = stats.measures;
  if (!count) throw new Error(`${stats.hourly} keeps no count`);
  return Prisma.sql`
    SELECT "hour" AS t, "number", "accountSid", "status", "calls" AS ${identifier(count.alias)}
    FROM ${identifier(stats.numberHours.table)}
    WHERE "connectionId" = ${connectionId} AND "hour" >= ${hours.start}::timestamp
      AND "hour" < ${hours.end}::timestamp ${filter}`;
}

/** Records counted by a kind's hourly rollup (every window an import has finished), per account SID of a connection. */
export async function rolledUpCounts(stats: RecordStats, connectionId: string): Promise<Map<string, number>> {
  const [count] = stats.measures;
  if (!count) throw new Error(`${stats.hourly} keeps no count`);
  const rows = await getDb().$queryRaw<{ accountSid: string; n: number }[]>`
    SELECT "accountSid", sum(${identifier(count.column)})::int AS n
    FROM ${identifier(stats.hourly)}
    WHERE "connectionId" = ${connectionId}
    GROUP BY "accountSid"`;
  return new Map(rows.map((row) => [row.accountSid, row.n]));
}

/**
 * The months every account of the connection counts in full in the monthly stats, or null when
 * some account counts none yet.
 */
export async function countedMonths(connectionId: string): Promise<Period | null> {
  // 1970: before any call, for accounts counted back to their first one.
  const [counted] = await getDb().$queryRaw<{ start: Date | null; end: Date | null; missing: boolean | null }[]>`
    SELECT max(coalesce("monthlyStatsFrom", '1970-01-01')) AS start, min("monthlyStatsUntil") AS end,
           bool_or("monthlyStatsUntil" IS NULL) AS missing
    FROM "TwilioAccount" WHERE "connectionId" = ${connectionId}`;
  if (!counted?.start || !counted.end || counted.missing) return null;
  return { start: counted.start, end: counted.end };
}

/** Timestamps as a list for IN (…). */
function timestamps(dates: readonly Date[]): Prisma.Sql {
  return Prisma.join(dates.map((date) => Prisma.sql`${date}::timestamp`));
}

/** CallBreakdownMonthlyStat rows (key, calls, seconds) of one breakdown over the given months. */
export function breakdownStatRows(
  connectionId: string,
  kind: BreakdownKind,
  months: readonly Date[],
  dimensions: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`
    SELECT "key", "calls", "durationSeconds" AS seconds
    FROM "CallBreakdownMonthlyStat"
    WHERE "connectionId" = ${connectionId} AND "kind" = ${kind} AND "month" IN (${timestamps(months)}) ${dimensions}`;
}

/**
 * CallNumberMonthlyStat rows (number, country, calls, seconds) of one side of the calls over the
 * given months: whole quarters from their own rows (a third of the rows to sum), the rest per month.
 */
export function numberStatRows(connectionId: string, party: "to" | "from", months: readonly Date[]): Prisma.Sql {
  const grouped = inQuarters(months);
  const spans = [
    ...(grouped.months.length > 0 ? [Prisma.sql`("months" = 1 AND "month" IN (${timestamps(grouped.months)}))`] : []),
    ...(grouped.quarters.length > 0
      ? [Prisma.sql`("months" = 3 AND "month" IN (${timestamps(grouped.quarters)}))`]
      : []),
  ];
  return Prisma.sql`
    SELECT "number", "country", "calls", "durationSeconds" AS seconds
    FROM "CallNumberMonthlyStat"
    WHERE "connectionId" = ${connectionId} AND "party" = ${party} AND (${Prisma.join(spans, " OR ")})`;
}

/**
 * A kind's monthly number rows (key, country, and their measures) of one party ("from", "to") for
 * the given calendar units: each a month (months = 1), quarter (3) or year (12) by its first month.
 */
export function monthlyBreakdownRows(
  stats: RecordStats,
  connectionId: string,
  party: string,
  units: readonly { months: number; start: Date }[],
): Prisma.Sql {
  const { monthly } = stats;
  if (!monthly) throw new Error(`${stats.table} keeps no monthly sums`);
  const measures = monthly.measures.map(
    (measure) => Prisma.sql`${identifier(measure.column)} AS ${identifier(measure.alias)}`,
  );
  const keys = units.map(({ months, start }) => Prisma.sql`(${months}::int, ${start}::timestamp)`);
  return Prisma.sql`
    SELECT "key", "country", ${Prisma.join(measures)}
    FROM ${identifier(monthly.table)}
    WHERE "connectionId" = ${connectionId} AND "kind" = ${party} AND ("months", "month") IN (${Prisma.join(keys)})`;
}

/** The months whose monthly sums of a kind miss records an import wrote since (see monthly-numbers.ts). */
export async function staleMonths(stats: RecordStats, connectionId: string): Promise<Date[]> {
  if (!stats.monthly) return [];
  const rows = await getDb().$queryRaw<{ month: Date }[]>`
    SELECT "month" FROM ${identifier(stats.monthly.stale)} WHERE "connectionId" = ${connectionId}`;
  return rows.map((row) => row.month);
}

/** Months as whole calendar quarters where all three are there, and the months left over. */
export function inQuarters(months: readonly Date[]): { quarters: Date[]; months: Date[] } {
  const present = new Set(months.map((month) => month.getTime()));
  const whole = (quarter: Date) => [0, 1, 2].every((offset) => present.has(monthStart(quarter, offset).getTime()));
  const quarters = [...new Set(months.map((month) => quarterStart(month).getTime()))]
    .map((time) => new Date(time))
    .filter(whole);
  const covered = new Set(
    quarters.flatMap((quarter) => [0, 1, 2].map((offset) => monthStart(quarter, offset).getTime())),
  );
  return { quarters, months: months.filter((month) => !covered.has(month.getTime())) };
}

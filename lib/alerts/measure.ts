import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { CALL_STATS, hourlyStatRows, identifier, numberHourRows, type RecordStats } from "@/lib/rollups";
import type { Period } from "@/lib/time";

// What rules measure, read from the hourly rollups (never the calls or messages themselves): the
// whole UTC hours they keep are exactly what a rule looks at.

/** One connection, optionally one of its accounts and one of its numbers (inbound calls to it). */
export type Scope = { connectionId: string; accountSid: string | null; number: string | null };

const HOUR_MS = 60 * 60 * 1000;

export const startOfHour = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
export const addHours = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR_MS);

function scoped(scope: Scope, more: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const account = scope.accountSid === null ? Prisma.empty : Prisma.sql`AND "accountSid" = ${scope.accountSid}`;
  return Prisma.sql`${account} ${more}`;
}

/** The scope's rows over whole hours: the hourly rollup's, or its per-number hours' for one number. */
function scopedRows(stats: RecordStats, scope: Scope, span: Period, more: Prisma.Sql = Prisma.empty): Prisma.Sql {
  if (scope.number === null) return hourlyStatRows(stats, scope.connectionId, span, "whole", scoped(scope, more));
  return numberHourRows(
    stats,
    scope.connectionId,
    span,
    scoped(scope, Prisma.sql`AND "number" = ${scope.number} ${more}`),
  );
}

const countOf = (stats: RecordStats) => {
  const [count] = stats.measures;
  if (!count) throw new Error(`${stats.hourly} keeps no count`);
  return identifier(count.alias);
};

/** Records per status over whole hours; `more` narrows them further (e.g. outbound messages only). */
export async function countsByStatus(
  stats: RecordStats,
  scope: Scope,
  hours: Period,
  more?: Prisma.Sql,
): Promise<Map<string, number>> {
  const rows = await getDb().$queryRaw<{ status: string; n: number }[]>`
    SELECT status, sum(${countOf(stats)})::int AS n
    FROM (${scopedRows(stats, scope, hours, more)}) AS r
    GROUP BY status`;
  return new Map(rows.map((row) => [row.status, row.n]));
}

/** Records in each of the given hours (hours without any are 0), and the first hour with any in `span`. */
export async function countsInHours(
  stats: RecordStats,
  scope: Scope,
  hours: readonly Date[],
  span: Period,
): Promise<{ counts: number[]; firstHour: Date | null }> {
  const list = Prisma.join(hours.map((hour) => Prisma.sql`${hour}::timestamp`));
  const [rows, firstHour] = await Promise.all([
    getDb().$queryRaw<{ t: Date; n: number }[]>`
      SELECT t, sum(${countOf(stats)})::int AS n
      FROM (${scopedRows(stats, scope, span, Prisma.sql`AND "hour" IN (${list})`)}) AS r
      GROUP BY t`,
    firstHourIn(stats, scope, span),
  ]);
  const byHour = new Map(rows.map((row) => [row.t.getTime(), row.n]));
  return { counts: hours.map((hour) => byHour.get(hour.getTime()) ?? 0), firstHour };
}

/** The first hour in `span` with any of the scope's records; null when it has none. */
async function firstHourIn(stats: RecordStats, scope: Scope, span: Period): Promise<Date | null> {
  const [row] = await getDb().$queryRaw<{ first: Date | null }[]>`
    SELECT min(t) AS first FROM (${scopedRows(stats, scope, span)}) AS r`;
  return row?.first ?? null;
}

/**
 * Inbound calls per number of the scope in each of the given hours (0 where a number had none),
 * for every number with any in them (a number with none has no usual level to miss); and the
 * first hour in `span` with any call of the connection (or account): weeks before it are no history.
 */
export async function inboundCallsPerNumber(
  scope: Scope,
  hours: readonly Date[],
  span: Period,
): Promise<{ numbers: Map<string, number[]>; firstHour: Date | null }> {
  const list = Prisma.join(hours.map((hour) => Prisma.sql`${hour}::timestamp`));
  const numberFilter = scope.number === null ? Prisma.empty : Prisma.sql`AND "number" = ${scope.number}`;
  const [rows, firstHour] = await Promise.all([
    getDb().$queryRaw<{ number: string; t: Date; n: number }[]>`
      SELECT "number", t, sum(${countOf(CALL_STATS)})::int AS n
      FROM (${numberHourRows(CALL_STATS, scope.connectionId, span, scoped(scope, Prisma.sql`${numberFilter} AND "hour" IN (${list})`))}) AS r
      GROUP BY "number", t`,
    firstHourIn(CALL_STATS, { ...scope, number: null }, span),
  ]);
  const index = new Map(hours.map((hour, position) => [hour.getTime(), position]));
  const numbers = new Map<string, number[]>();
  for (const row of rows) {
    const counts = numbers.get(row.number) ?? hours.map(() => 0);
    counts[index.get(row.t.getTime())!] = row.n;
    numbers.set(row.number, counts);
  }
  return { numbers, firstHour };
}

/** The weeks read for a usual level (the same weekday-hour in each) and for the numbers offered. */
export const HISTORY_WEEKS = 8;

/** How many numbers the rule form offers to pick from, the busiest first. */
const NUMBERS_OFFERED = 100;

/** The numbers that received the connection's inbound calls over the last HISTORY_WEEKS weeks, the busiest first. */
export async function inboundNumbersOf(connectionId: string, now = new Date()): Promise<string[]> {
  const weeks = { start: addHours(startOfHour(now), -HISTORY_WEEKS * 7 * 24), end: addHours(startOfHour(now), 1) };
  const rows = await getDb().$queryRaw<{ number: string }[]>`
    SELECT "number" FROM (${numberHourRows(CALL_STATS, connectionId, weeks, Prisma.empty)}) AS r
    GROUP BY "number" ORDER BY sum(${countOf(CALL_STATS)}) DESC, "number" LIMIT ${NUMBERS_OFFERED}`;
  return rows.map((row) => row.number);
}

/** Whether any inbound call to the number is stored for the connection (and account). */
export async function numberReceivedCalls(scope: Scope & { number: string }): Promise<boolean> {
  const ever = { start: new Date(0), end: new Date("9999-01-01T00:00:00Z") };
  const [row] = await getDb().$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (${numberHourRows(CALL_STATS, scope.connectionId, ever, scoped(scope, Prisma.sql`AND "number" = ${scope.number}`))}) AS found`;
  return row?.found ?? false;
}

import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { hourlyStatRows, identifier, type RecordStats } from "@/lib/rollups";
import type { Period } from "@/lib/time";

// What rules measure, read from the hourly rollups (never the calls or messages themselves): the
// whole UTC hours they keep are exactly what a rule looks at.

export type Scope = { connectionId: string; accountSid: string | null };

const HOUR_MS = 60 * 60 * 1000;

export const startOfHour = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
export const addHours = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR_MS);

function scoped(scope: Scope, more: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const account = scope.accountSid === null ? Prisma.empty : Prisma.sql`AND "accountSid" = ${scope.accountSid}`;
  return Prisma.sql`${account} ${more}`;
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
    FROM (${hourlyStatRows(stats, scope.connectionId, hours, "whole", scoped(scope, more))}) AS r
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
  const [rows, [first]] = await Promise.all([
    getDb().$queryRaw<{ t: Date; n: number }[]>`
      SELECT t, sum(${countOf(stats)})::int AS n
      FROM (${hourlyStatRows(stats, scope.connectionId, span, "whole", scoped(scope, Prisma.sql`AND "hour" IN (${list})`))}) AS r
      GROUP BY t`,
    getDb().$queryRaw<{ first: Date | null }[]>`
      SELECT min(t) AS first FROM (${hourlyStatRows(stats, scope.connectionId, span, "whole", scoped(scope))}) AS r`,
  ]);
  const byHour = new Map(rows.map((row) => [row.t.getTime(), row.n]));
  return { counts: hours.map((hour) => byHour.get(hour.getTime()) ?? 0), firstHour: first?.first ?? null };
}

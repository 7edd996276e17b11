import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { twilioDirections } from "@/lib/filters/options";
import type { AnalyticsQuery, Period } from "../types";
import { BREAKDOWN_KEYS, type BreakdownKind } from "./breakdown-keys";
import { callConditions, dimensionConditions } from "./conditions";
import { monthlyParts, type MonthlyParts } from "./monthly-parts";
import { runQuery } from "./run";

/**
 * Which months of the query's period can be read from the monthly stats: those every account of
 * the connection counts in full (TwilioAccount.monthlyStatsFrom/Until). A number search always
 * reads the calls, and so do filters on account, direction or status where the stats do not keep
 * them (`keepsDimensions: false`, the per-number stats).
 */
export async function monthlyPartsFor(
  q: AnalyticsQuery,
  { keepsDimensions }: { keepsDimensions: boolean },
): Promise<MonthlyParts> {
  const calls: MonthlyParts = { months: [], add: [q.range], subtract: [] };
  const filtered =
    q.accountSid || (q.direction && twilioDirections(q.direction)) || (q.statuses && q.statuses.length > 0);
  if (q.numberQuery || (filtered && !keepsDimensions)) return calls;
  // 1970: before any call, for accounts counted back to their first one.
  const [counted] = await runQuery<{ start: Date | null; end: Date | null; missing: boolean | null }>(Prisma.sql`
    SELECT max(coalesce("monthlyStatsFrom", '1970-01-01')) AS start, min("monthlyStatsUntil") AS end,
           bool_or("monthlyStatsUntil" IS NULL) AS missing
    FROM "TwilioAccount" WHERE "connectionId" = ${q.connectionId}`);
  if (!counted?.start || !counted.end || counted.missing) return calls;
  return monthlyParts(q.range, { start: counted.start, end: counted.end });
}

/** Timestamps as a list for IN (…). */
export function timestamps(dates: readonly Date[]): Prisma.Sql {
  return Prisma.join(dates.map((date) => Prisma.sql`${date}::timestamp`));
}

/**
 * The parts as rows to sum: `monthly` reads the stats of the given months, `calls` the calls of a
 * period with a sign (+1 added, -1 taken away). Empty when the period is.
 */
export function signedFacts(
  parts: MonthlyParts,
  monthly: (months: Date[]) => Prisma.Sql,
  calls: (period: Period, sign: Prisma.Sql) => Prisma.Sql,
): Prisma.Sql | null {
  const facts = [
    ...(parts.months.length > 0 ? [monthly(parts.months)] : []),
    ...parts.add.map((period) => calls(period, Prisma.sql`1`)),
    ...parts.subtract.map((period) => calls(period, Prisma.sql`-1`)),
  ];
  return facts.length > 0 ? Prisma.join(facts, " UNION ALL ") : null;
}

/** Rows (key, calls, seconds) of one breakdown over the query, ready to be summed per key. */
export async function breakdownFacts(q: AnalyticsQuery, kind: BreakdownKind): Promise<Prisma.Sql | null> {
  const { key, counts } = BREAKDOWN_KEYS[kind];
  return signedFacts(
    await monthlyPartsFor(q, { keepsDimensions: true }),
    (months) => Prisma.sql`
      SELECT "key", "calls", "durationSeconds" AS seconds
      FROM "CallBreakdownMonthlyStat"
      WHERE "connectionId" = ${q.connectionId} AND "kind" = ${kind} AND "month" IN (${timestamps(months)}) ${dimensionConditions(q)}`,
    (period, sign) => Prisma.sql`
      SELECT ${key} AS key, ${sign} AS calls, ${sign} * coalesce("duration", 0)::bigint AS seconds
      FROM "Call"
      WHERE ${callConditions(q, period)} AND ${counts}`,
  );
}

import "server-only";
import { Prisma } from "@/lib/db";
import { BREAKDOWN_KEYS, breakdownStatRows, countedMonths, type BreakdownKind } from "@/lib/rollups";
import type { AnalyticsQuery, Period } from "../types";
import { callConditions, dimensionConditions, hasDimensionFilters } from "./conditions";
import { monthlyParts, type MonthlyParts } from "./monthly-parts";

/**
 * Which months of the query's period can be read from the monthly stats: those every account of
 * the connection counts in full. A number search always reads the calls, and so do filters on
 * account, direction or status where the stats do not keep them (`keepsDimensions: false`, the
 * per-number stats).
 */
export async function monthlyPartsFor(
  q: AnalyticsQuery,
  { keepsDimensions }: { keepsDimensions: boolean },
): Promise<MonthlyParts> {
  const calls: MonthlyParts = { months: [], add: [q.range], subtract: [] };
  if (q.numberQuery || (hasDimensionFilters(q) && !keepsDimensions)) return calls;
  const counted = await countedMonths(q.connectionId);
  return counted ? monthlyParts(q.range, counted) : calls;
}

/**
 * The parts as rows to sum: `monthly` reads the stats of the given months, `calls` the calls of a
 * period with a sign (+1 added, -1 taken away). Null when the period is empty.
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
    (months) => breakdownStatRows(q.connectionId, kind, months, dimensionConditions(q)),
    (period, sign) => Prisma.sql`
      SELECT ${key} AS key, ${sign} AS calls, ${sign} * coalesce("duration", 0)::bigint AS seconds
      FROM "Call"
      WHERE ${callConditions(q, period)} AND ${counts}`,
  );
}

import "server-only";
import { Prisma } from "@/lib/db";
import { breakdownFacts } from "./sql/monthly-facts";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

/** The other party's country (ISO 3166-1 alpha-2, null when unknown), busiest first. */
export type CountryRow = { country: string | null; calls: number; durationSeconds: number };

/**
 * Calls by the country at the other end: the caller's for inbound calls, the callee's for
 * outbound ones, since that is where the traffic (and most of its cost) goes (BREAKDOWN_KEYS).
 */
export async function getCountries(q: AnalyticsQuery, limit = 10): Promise<CountryRow[]> {
  const facts = await breakdownFacts(q, "country");
  if (!facts) return [];
  return runQuery<CountryRow>(Prisma.sql`
    SELECT nullif(key, '') AS country, sum(calls)::int AS calls, coalesce(sum(seconds), 0)::float8 AS "durationSeconds"
    FROM (${facts}) f
    GROUP BY key
    HAVING sum(calls) > 0
    ORDER BY calls DESC, 1 NULLS LAST
    LIMIT ${limit}`);
}

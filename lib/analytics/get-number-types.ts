import "server-only";
import { Prisma } from "@/lib/db";
import { breakdownFacts } from "./sql/monthly-facts";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

/** A number type (lib/domain NUMBER_TYPES; null for calls not classified yet) and its calls, busiest first. */
export type NumberTypeRow = { numberType: string | null; calls: number; durationSeconds: number };

/**
 * Calls by what is at the other end: mobile, landline, toll-free…, or an app, a SIP endpoint or a
 * withheld caller ID. The other end is the caller for inbound calls and the callee for outbound
 * ones, as for countries.
 */
export async function getNumberTypes(q: AnalyticsQuery): Promise<NumberTypeRow[]> {
  const facts = await breakdownFacts(q, "numberType");
  if (!facts) return [];
  return runQuery<NumberTypeRow>(Prisma.sql`
    SELECT nullif(key, '') AS "numberType", sum(calls)::int AS calls, coalesce(sum(seconds), 0)::float8 AS "durationSeconds"
    FROM (${facts}) f
    GROUP BY key
    HAVING sum(calls) > 0
    ORDER BY calls DESC, 1 NULLS LAST`);
}

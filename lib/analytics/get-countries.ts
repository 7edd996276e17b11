import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { callConditions, isInbound } from "./sql/conditions";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

/** The other party's country (ISO 3166-1 alpha-2, null when unknown), busiest first. */
export type CountryRow = { country: string | null; calls: number; durationSeconds: number };

/**
 * Calls by the country at the other end: the caller's for inbound calls, the callee's for
 * outbound ones, since that is where the traffic (and most of its cost) goes.
 */
export async function getCountries(q: AnalyticsQuery, limit = 10): Promise<CountryRow[]> {
  return runQuery<CountryRow>(Prisma.sql`
    SELECT CASE WHEN ${isInbound} THEN "fromCountry" ELSE "toCountry" END AS country,
           count(*)::int AS calls, coalesce(sum("duration"), 0)::float8 AS "durationSeconds"
    FROM "Call"
    WHERE ${callConditions(q)}
    GROUP BY 1
    ORDER BY calls DESC, 1 NULLS LAST
    LIMIT ${limit}`);
}

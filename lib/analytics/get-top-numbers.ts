import "server-only";
import { Prisma } from "@/lib/db";
import { numberStatRows } from "@/lib/rollups";
import { callConditions } from "./sql/conditions";
import { monthlyPartsFor, signedFacts } from "./sql/monthly-facts";
import type { MonthlyParts } from "./sql/monthly-parts";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

export type TopNumberRow = { number: string; country: string | null; calls: number; durationSeconds: number };

/** The numbers most called (the "To" side) and most calling (the "From" side), busiest first. */
export type TopNumbers = { called: TopNumberRow[]; calling: TopNumberRow[] };

type Party = "to" | "from";

// Fixed fragments chosen by party, never user input.
const columns: Record<Party, { number: Prisma.Sql; country: Prisma.Sql }> = {
  to: { number: Prisma.sql`"to"`, country: Prisma.sql`"toCountry"` },
  from: { number: Prisma.sql`"from"`, country: Prisma.sql`"fromCountry"` },
};

export async function getTopNumbers(q: AnalyticsQuery, limit = 10): Promise<TopNumbers> {
  const parts = await monthlyPartsFor(q, { keepsDimensions: false });
  const [called, calling] = await Promise.all([topBy(q, "to", parts, limit), topBy(q, "from", parts, limit)]);
  return { called, calling };
}

function topBy(q: AnalyticsQuery, party: Party, parts: MonthlyParts, limit: number): Promise<TopNumberRow[]> {
  const { number, country } = columns[party];
  const facts = signedFacts(
    parts,
    (months) => numberStatRows(q.connectionId, party, months),
    (period, sign) => Prisma.sql`
      SELECT ${number} AS number, ${country} AS country, ${sign} AS calls, ${sign} * coalesce("duration", 0)::bigint AS seconds
      FROM "Call"
      WHERE ${callConditions(q, period)}`,
  );
  if (!facts) return Promise.resolve([]);
  return runQuery<TopNumberRow>(Prisma.sql`
    SELECT number, max(country) AS country, sum(calls)::int AS calls, coalesce(sum(seconds), 0)::float8 AS "durationSeconds"
    FROM (${facts}) f
    GROUP BY 1
    HAVING sum(calls) > 0
    ORDER BY calls DESC, 1
    LIMIT ${limit}`);
}

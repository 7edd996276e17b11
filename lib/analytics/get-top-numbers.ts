import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { callConditions } from "./sql/conditions";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

export type TopNumberRow = { number: string; country: string | null; calls: number; durationSeconds: number };

/** The numbers most called (the "To" side) and most calling (the "From" side), busiest first. */
export type TopNumbers = { called: TopNumberRow[]; calling: TopNumberRow[] };

export async function getTopNumbers(q: AnalyticsQuery, limit = 10): Promise<TopNumbers> {
  const [called, calling] = await Promise.all([
    topBy(q, Prisma.sql`"to"`, Prisma.sql`"toCountry"`, limit),
    topBy(q, Prisma.sql`"from"`, Prisma.sql`"fromCountry"`, limit),
  ]);
  return { called, calling };
}

// The column names are fixed fragments chosen above, never user input.
function topBy(q: AnalyticsQuery, number: Prisma.Sql, country: Prisma.Sql, limit: number): Promise<TopNumberRow[]> {
  return runQuery<TopNumberRow>(Prisma.sql`
    SELECT ${number} AS number, max(${country}) AS country, count(*)::int AS calls,
           coalesce(sum("duration"), 0)::float8 AS "durationSeconds"
    FROM "Call"
    WHERE ${callConditions(q)}
    GROUP BY 1
    ORDER BY calls DESC, 1
    LIMIT ${limit}`);
}

import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { callConditions } from "./sql/conditions";
import { monthlyPartsFor, signedFacts, timestamps } from "./sql/monthly-facts";
import { inQuarters, type MonthlyParts } from "./sql/monthly-parts";
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

/** Whole quarters from their own rows (a third of the rows to sum), the other months from theirs. */
function monthsAndQuarters(months: Date[]): Prisma.Sql {
  const grouped = inQuarters(months);
  return Prisma.join(
    [
      ...(grouped.months.length > 0 ? [Prisma.sql`("months" = 1 AND "month" IN (${timestamps(grouped.months)}))`] : []),
      ...(grouped.quarters.length > 0
        ? [Prisma.sql`("months" = 3 AND "month" IN (${timestamps(grouped.quarters)}))`]
        : []),
    ],
    " OR ",
  );
}

function topBy(q: AnalyticsQuery, party: Party, parts: MonthlyParts, limit: number): Promise<TopNumberRow[]> {
  const { number, country } = columns[party];
  const facts = signedFacts(
    parts,
    (months) => Prisma.sql`
      SELECT "number", "country", "calls", "durationSeconds" AS seconds
      FROM "CallNumberMonthlyStat"
      WHERE "connectionId" = ${q.connectionId} AND "party" = ${party} AND (${monthsAndQuarters(months)})`,
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

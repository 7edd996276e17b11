import "server-only";
import { Prisma } from "@/lib/db";
import { breakdownFacts } from "./sql/monthly-facts";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

/** Twilio's AnsweredBy value (human, machine_start, fax, unknown…) and how many calls had it. */
export type AnsweredByRow = { answeredBy: string; calls: number };

/**
 * Who picked up, for calls placed with answering-machine detection (the only ones Twilio labels).
 * Empty when the account does not use it, and the panel is then left out.
 */
export async function getAnsweredBy(q: AnalyticsQuery): Promise<AnsweredByRow[]> {
  const facts = await breakdownFacts(q, "answeredBy");
  if (!facts) return [];
  return runQuery<AnsweredByRow>(Prisma.sql`
    SELECT key AS "answeredBy", sum(calls)::int AS calls
    FROM (${facts}) f
    GROUP BY key
    HAVING sum(calls) > 0
    ORDER BY calls DESC, 1`);
}

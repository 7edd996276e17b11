import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { callConditions } from "./sql/conditions";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

/** Twilio's AnsweredBy value (human, machine_start, fax, unknown…) and how many calls had it. */
export type AnsweredByRow = { answeredBy: string; calls: number };

/**
 * Who picked up, for calls placed with answering-machine detection (the only ones Twilio labels).
 * Empty when the account does not use it, and the panel is then left out.
 */
export async function getAnsweredBy(q: AnalyticsQuery): Promise<AnsweredByRow[]> {
  return runQuery<AnsweredByRow>(Prisma.sql`
    SELECT "answeredBy", count(*)::int AS calls
    FROM "Call"
    WHERE ${callConditions(q)} AND "answeredBy" IS NOT NULL
    GROUP BY 1
    ORDER BY calls DESC, 1`);
}

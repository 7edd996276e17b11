import "server-only";
import { Prisma } from "@/lib/db";
import { CALL_SIDES, type CallSide } from "@/lib/domain";
import { directionGroup } from "./sql/conditions";
import { factRows } from "./sql/facts";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

/** Both sides, inbound first, zeros included so the chart always shows the pair. */
export type DirectionSplitRow = { direction: CallSide; calls: number; answered: number; durationSeconds: number };

/** Inbound vs outbound (outbound-api, outbound-dial and trunking-terminating). */
export async function getDirectionSplit(q: AnalyticsQuery): Promise<DirectionSplitRow[]> {
  const rows = await runQuery<{ side: CallSide; calls: number; answered: number; seconds: number }>(Prisma.sql`
    SELECT ${directionGroup} AS side, sum(calls)::int AS calls,
           coalesce(sum(calls) FILTER (WHERE status = 'completed'), 0)::int AS answered,
           sum(seconds)::float8 AS seconds
    FROM (${factRows(q)}) f
    GROUP BY 1`);
  return CALL_SIDES.map((direction) => {
    const row = rows.find((r) => r.side === direction);
    return { direction, calls: row?.calls ?? 0, answered: row?.answered ?? 0, durationSeconds: row?.seconds ?? 0 };
  });
}

import "server-only";
import { Prisma } from "@/lib/db";
import { identifier } from "@/lib/rollups";
import { factRows } from "./sql/facts";
import { runQuery } from "./sql/run";
import { localTime } from "./sql/time";
import type { AnalyticsQuery, RecordQuery } from "./types";

/** weekday 0 = Monday … 6 = Sunday and hour 0–23, both local to the query's zone; only non-empty cells. */
export type BusyHourCell = { weekday: number; hour: number; value: number };

/** Calls by local weekday and hour of day: when the phones ring. */
export function getBusiestHours(q: AnalyticsQuery): Promise<BusyHourCell[]> {
  return busiestHours(q, factRows(q, { grouping: "hour" }), "calls");
}

/** Records by local weekday and hour: `facts` grouped by local hour, `count` the measure counting records. */
export function busiestHours(q: RecordQuery, facts: Prisma.Sql, count: string): Promise<BusyHourCell[]> {
  const local = localTime(Prisma.sql`t`, q.timeZone, q.range);
  return runQuery<BusyHourCell>(Prisma.sql`
    SELECT (extract(isodow FROM ${local})::int - 1) AS weekday, extract(hour FROM ${local})::int AS hour,
           sum(${identifier(count)})::int AS value
    FROM (${facts}) f
    GROUP BY 1, 2
    ORDER BY 1, 2`);
}

import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { callConditions } from "./sql/conditions";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

/** Lower bounds in seconds; each bin runs to the next bound (the last is open-ended). */
export const DURATION_BINS = [
  { from: 0, label: "< 10s" },
  { from: 10, label: "10–30s" },
  { from: 30, label: "30s–1m" },
  { from: 60, label: "1–2m" },
  { from: 120, label: "2–5m" },
  { from: 300, label: "5–10m" },
  { from: 600, label: "10–20m" },
  { from: 1200, label: "20–30m" },
  { from: 1800, label: "30m+" },
] as const;

export type DurationBin = { label: string; fromSeconds: number; count: number };

/**
 * How long answered calls lasted, in fixed bins (every bin present). Only answered calls: the
 * others last 0 s and would bury the shape. Reads "Call", since rollups keep sums, not lengths.
 */
export async function getDurationDistribution(q: AnalyticsQuery): Promise<DurationBin[]> {
  const bounds = DURATION_BINS.map((bin) => bin.from).slice(1);
  const rows = await runQuery<{ bin: number; count: number }>(Prisma.sql`
    SELECT width_bucket(coalesce("duration", 0), ARRAY[${Prisma.join(bounds)}]::int[]) AS bin, count(*)::int AS count
    FROM "Call"
    WHERE ${callConditions(q)} AND "status" = 'completed'
    GROUP BY 1`);
  return DURATION_BINS.map((bin, index) => ({
    label: bin.label,
    fromSeconds: bin.from,
    count: rows.find((row) => row.bin === index)?.count ?? 0,
  }));
}

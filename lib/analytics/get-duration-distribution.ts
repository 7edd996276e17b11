import "server-only";
import { Prisma } from "@/lib/db";
import { DURATION_BINS } from "@/lib/rollups";
import { breakdownFacts } from "./sql/monthly-facts";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery } from "./types";

export type DurationBin = { label: string; fromSeconds: number; count: number };

/**
 * How long answered calls lasted, in fixed bins (every bin present). Only answered calls: the
 * others last 0 s and would bury the shape.
 */
export async function getDurationDistribution(q: AnalyticsQuery): Promise<DurationBin[]> {
  const facts = await breakdownFacts(q, "durationBin");
  const rows = facts
    ? await runQuery<{ bin: number; count: number }>(Prisma.sql`
        SELECT key::int AS bin, sum(calls)::int AS count FROM (${facts}) f GROUP BY key`)
    : [];
  return DURATION_BINS.map((bin, index) => ({
    label: bin.label,
    fromSeconds: bin.from,
    count: rows.find((row) => row.bin === index)?.count ?? 0,
  }));
}

import "server-only";
import { Prisma } from "@/lib/db";
import { CALL_STATUSES, type CallStatus } from "@/lib/domain";
import { factRows } from "./sql/facts";
import { runQuery } from "./sql/run";
import { isoInstant, localBuckets } from "./sql/time";
import type { AnalyticsQuery, Bucket } from "./types";

/** One time bucket: its UTC start as an ISO instant and the calls that started in it, per status. */
export type CallVolumeRow = { bucket: string } & Record<CallStatus, number>;

export type CallVolume = { bucket: Bucket; rows: CallVolumeRow[]; statuses: CallStatus[] };

/** Calls per time bucket (in the query's time zone) and status, with empty buckets as zeros. */
export async function getCallVolume(q: AnalyticsQuery, bucket: Bucket): Promise<CallVolume> {
  const buckets = localBuckets(bucket, q.timeZone, q.range);
  const rows = await runQuery<{ b: Date | string; status: string | null; calls: number }>(Prisma.sql`
    WITH series AS (${buckets.series}),
    counts AS (
      SELECT ${buckets.start(Prisma.sql`k`)} AS b, status, calls
      FROM (
        SELECT ${buckets.key(Prisma.sql`t`)} AS k, status, sum(calls)::int AS calls
        FROM (${factRows(q, { grouping: bucket })}) f
        GROUP BY 1, 2) grouped)
    SELECT series.b, counts.status, coalesce(counts.calls, 0)::int AS calls
    FROM series LEFT JOIN counts ON counts.b = series.b
    ORDER BY series.b`);
  return pivot(rows, bucket);
}

function pivot(rows: { b: Date | string; status: string | null; calls: number }[], bucket: Bucket): CallVolume {
  const byBucket = new Map<string, CallVolumeRow>();
  const seen = new Set<string>();
  for (const row of rows) {
    const key = isoInstant(row.b);
    let entry = byBucket.get(key);
    if (!entry) {
      entry = { bucket: key, ...Object.fromEntries(CALL_STATUSES.map((s) => [s, 0])) } as CallVolumeRow;
      byBucket.set(key, entry);
    }
    if (row.status && (CALL_STATUSES as readonly string[]).includes(row.status)) {
      entry[row.status as CallStatus] += row.calls;
      seen.add(row.status);
    }
  }
  return { bucket, rows: [...byBucket.values()], statuses: CALL_STATUSES.filter((s) => seen.has(s)) };
}

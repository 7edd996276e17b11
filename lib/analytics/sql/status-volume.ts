import "server-only";
import { Prisma } from "@/lib/db";
import { identifier } from "@/lib/rollups";
import type { Bucket, RecordQuery } from "../types";
import { runQuery } from "./run";
import { isoInstant, localBuckets } from "./time";

/** One time bucket: its UTC start as an ISO instant and the records counted in it, per status. */
export type StatusVolumeRow<S extends string> = { bucket: string } & Record<S, number>;

export type StatusVolume<S extends string> = { bucket: Bucket; rows: StatusVolumeRow<S>[]; statuses: S[] };

/**
 * Records per time bucket (in the query's time zone) and status, with empty buckets as zeros:
 * `facts` grouped by local bucket (recordFacts with that grouping), `count` the measure counting
 * records, `statuses` every status in the order the rows and the list of those present follow.
 */
export async function statusVolume<S extends string>(
  q: RecordQuery,
  bucket: Bucket,
  facts: Prisma.Sql,
  count: string,
  statuses: readonly S[],
): Promise<StatusVolume<S>> {
  const buckets = localBuckets(bucket, q.timeZone, q.range);
  const rows = await runQuery<{ b: Date | string; status: string | null; count: number }>(Prisma.sql`
    WITH series AS (${buckets.series}),
    counts AS (
      SELECT ${buckets.start(Prisma.sql`k`)} AS b, status, count
      FROM (
        SELECT ${buckets.key(Prisma.sql`t`)} AS k, status, sum(${identifier(count)})::int AS count
        FROM (${facts}) f
        GROUP BY 1, 2) grouped)
    SELECT series.b, counts.status, coalesce(counts.count, 0)::int AS count
    FROM series LEFT JOIN counts ON counts.b = series.b
    ORDER BY series.b`);

  const isStatus = (value: string | null): value is S =>
    value !== null && (statuses as readonly string[]).includes(value);
  const byBucket = new Map<string, StatusVolumeRow<S>>();
  const seen = new Set<string>();
  for (const row of rows) {
    const key = isoInstant(row.b);
    let entry = byBucket.get(key);
    if (!entry) {
      entry = { bucket: key, ...Object.fromEntries(statuses.map((s) => [s, 0])) } as StatusVolumeRow<S>;
      byBucket.set(key, entry);
    }
    if (isStatus(row.status)) {
      (entry as Record<S, number>)[row.status] += row.count;
      seen.add(row.status);
    }
  }
  return { bucket, rows: [...byBucket.values()], statuses: statuses.filter((s) => seen.has(s)) };
}

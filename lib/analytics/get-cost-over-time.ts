import "server-only";
import { Prisma } from "@/lib/db";
import { CALL_STATS } from "@/lib/rollups";
import { sumsWithCurrency } from "./sql/currency";
import { factRows } from "./sql/facts";
import { runQuery } from "./sql/run";
import { isoInstant, localBuckets } from "./sql/time";
import type { AnalyticsQuery, Bucket, CurrencyAmount } from "./types";

/** One bucket's cost per currency code (positive amounts), keyed by the currency. */
export type CostRow = { bucket: string } & Record<string, number | string>;

export type CostOverTime = {
  bucket: Bucket;
  rows: CostRow[];
  /** Currencies present, largest total first: one series each, so mixed currencies are never added up. */
  totals: CurrencyAmount[];
};

/** Cost per time bucket in the query's time zone, per currency, with empty buckets as zeros. */
export async function getCostOverTime(q: AnalyticsQuery, bucket: Bucket): Promise<CostOverTime> {
  const buckets = localBuckets(bucket, q.timeZone, q.range);
  const rows = await runQuery<{ b: Date | string; currency: string | null; amount: number }>(Prisma.sql`
    WITH series AS (${buckets.series}),
    costs AS (
      SELECT ${buckets.start(Prisma.sql`k`)} AS b, currency, (-sum(price))::float8 AS amount
      FROM (${sumsWithCurrency(CALL_STATS, factRows(q, { grouping: bucket }), q.connectionId, { k: buckets.key(Prisma.sql`t`) })}) p
      WHERE priced > 0
      GROUP BY k, currency)
    SELECT series.b, costs.currency, coalesce(costs.amount, 0)::float8 AS amount
    FROM series LEFT JOIN costs ON costs.b = series.b
    ORDER BY series.b`);

  const totals = new Map<string, number>();
  const byBucket = new Map<string, CostRow>();
  for (const row of rows) {
    const key = isoInstant(row.b);
    const entry = byBucket.get(key) ?? { bucket: key };
    byBucket.set(key, entry);
    if (row.currency) {
      entry[row.currency] = row.amount;
      totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.amount);
    }
  }
  const currencies = [...totals]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => b.amount - a.amount);
  // Every row carries every currency, so stacked series never read a missing value.
  const filled = [...byBucket.values()].map((row) => ({
    ...Object.fromEntries(currencies.map((c) => [c.currency, 0])),
    ...row,
  }));
  return { bucket, rows: filled as CostRow[], totals: currencies };
}

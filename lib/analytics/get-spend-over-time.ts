import "server-only";
import { Prisma } from "@/lib/db";
import { GROUPED_CATEGORIES, SPEND_GROUPS, TOTAL_PRICE_CATEGORY, type SpendGroup } from "@/lib/domain";
import { daysBetween } from "@/lib/time";
import { DEFAULT_SPEND_CURRENCY } from "./get-spend-totals";
import { roundToPriceDigits } from "./spend-categories";
import { spendBucketFor, spendBucketStart, spendBucketStarts, type SpendBucket } from "./spend-buckets";
import { runQuery } from "./sql/run";
import { usageRecordRows } from "./sql/usage-records";
import type { SpendQuery } from "./spend-query";

/** One bucket: `bucket` is the ISO instant its first UTC day starts; a spend per group. */
export type SpendRow = { bucket: string } & Record<SpendGroup, number>;

export type SpendOverTime = { bucket: SpendBucket; currency: string; rows: SpendRow[] };

/** Which group a category's price goes to in SQL: the grouped categories, `totalprice`, or none. */
function groupColumn(): Prisma.Sql {
  const cases = Object.entries(GROUPED_CATEGORIES).map(
    ([category, group]) => Prisma.sql`WHEN ${category} THEN ${group}`,
  );
  return Prisma.sql`CASE category ${Prisma.join(cases, " ")} WHEN ${TOTAL_PRICE_CATEGORY} THEN 'total' END`;
}

/**
 * Spend per bucket by group, for a stacked chart. "Other" is each bucket's `totalprice` less its
 * grouped categories, so the stack always adds up to the total. Empty buckets are zeros.
 */
export async function getSpendOverTime(q: SpendQuery): Promise<SpendOverTime> {
  const rows = await runQuery<{ day: string; period: string; grp: string; amount: number; currency: string | null }>(
    Prisma.sql`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, period, grp, sum(price)::float8 AS amount,
             upper(min(price_unit)) AS currency
      FROM (SELECT r.*, ${groupColumn()} AS grp FROM (${usageRecordRows(q)}) r) g
      WHERE grp IS NOT NULL
      GROUP BY day, period, grp`,
  );
  const bucket = spendBucketFor(
    daysBetween(q.from, q.to) + 1,
    rows.some((row) => row.period === "monthly"),
  );
  const zero = () => Object.fromEntries(SPEND_GROUPS.map((group) => [group, 0])) as Record<SpendGroup, number>;
  const sums = new Map(spendBucketStarts(q.from, q.to, bucket).map((start) => [start, { ...zero(), total: 0 }]));
  for (const row of rows) {
    const entry = sums.get(spendBucketStart(row.day, bucket));
    if (!entry) continue;
    if (row.grp === "total") entry.total += row.amount;
    else entry[row.grp as Exclude<SpendGroup, "other">] += row.amount;
  }
  return {
    bucket,
    currency: rows.find((row) => row.currency)?.currency ?? DEFAULT_SPEND_CURRENCY,
    rows: [...sums].map(([start, { total, ...groups }]) => {
      const grouped = SPEND_GROUPS.reduce((sum, group) => sum + groups[group], 0);
      return { bucket: `${start}T00:00:00.000Z`, ...groups, other: roundToPriceDigits(total - grouped) };
    }),
  };
}

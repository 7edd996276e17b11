import "server-only";
import { Prisma } from "@/lib/db";
import { spendGroupOf, TOTAL_PRICE_CATEGORY, usageCategoryLabel, type SpendGroup } from "@/lib/domain";
import { DEFAULT_SPEND_CURRENCY } from "./get-spend-totals";
import { listedSpendCategories, roundToPriceDigits } from "./spend-categories";
import { runQuery } from "./sql/run";
import { usageRecordRows } from "./sql/usage-records";
import type { SpendQuery } from "./spend-query";

export type SpendCategoryRow = {
  category: string;
  label: string;
  group: SpendGroup;
  count: number;
  countUnit: string | null;
  usage: number;
  usageUnit: string | null;
  amount: number;
};

export type TopSpendCategories = {
  currency: string;
  total: number;
  /** Largest spend first; none of them holds another. */
  categories: SpendCategoryRow[];
  /** The total less the categories listed: usage Twilio does not break down further here. */
  other: number;
};

type CategorySum = {
  category: string;
  count: number;
  usage: number;
  amount: number;
  count_unit: string | null;
  usage_unit: string | null;
  currency: string | null;
};

/** Spend per category, each counted once, with what the categories leave of the total as "other". */
export async function getTopSpendCategories(q: SpendQuery): Promise<TopSpendCategories> {
  const sums = await runQuery<CategorySum>(Prisma.sql`
    SELECT category, sum(count)::float8 AS count, sum(usage)::float8 AS usage, sum(price)::float8 AS amount,
           min(count_unit) AS count_unit, min(usage_unit) AS usage_unit, upper(min(price_unit)) AS currency
    FROM (${usageRecordRows(q)}) r
    GROUP BY category`);
  const listed = new Set(listedSpendCategories(sums.map((row) => row.category)));
  const total = sums.find((row) => row.category === TOTAL_PRICE_CATEGORY)?.amount ?? 0;
  const categories = sums
    .filter((row) => listed.has(row.category))
    .map((row): SpendCategoryRow => ({
      category: row.category,
      label: usageCategoryLabel(row.category),
      group: spendGroupOf(row.category) ?? "other",
      count: row.count,
      countUnit: row.count_unit,
      usage: row.usage,
      usageUnit: row.usage_unit,
      amount: row.amount,
    }))
    .sort((a, b) => b.amount - a.amount || a.category.localeCompare(b.category));
  return {
    currency: sums.find((row) => row.currency)?.currency ?? DEFAULT_SPEND_CURRENCY,
    total,
    categories,
    other: roundToPriceDigits(total - categories.reduce((sum, row) => sum + row.amount, 0)),
  };
}

import "server-only";
import { Prisma } from "@/lib/db";
import { TOTAL_PRICE_CATEGORY } from "@/lib/domain";
import { runQuery } from "./sql/run";
import { usageRecordRows } from "./sql/usage-records";
import { previousSpendPeriod, type SpendQuery } from "./spend-query";

/** A period's spend: Twilio's `totalprice`, in the currency its records are priced in. */
export type SpendTotal = {
  amount: number;
  currency: string;
  /** Months (YYYY-MM) read whole from monthly records, because the daily ones do not reach them. */
  monthlyMonths: string[];
};

/**
 * The query's days and as many days just before, for the change in spend. `previousInHistory` is
 * false when those days start before the first day the usage records cover: a change against a
 * period the history only partly reaches says more about the import than about the spend.
 */
export type SpendTotals = { current: SpendTotal; previous: SpendTotal; previousInHistory: boolean };

/**
 * Every account of a connection is billed to its owner, in the owner's currency: Twilio prices
 * usage in that one currency, so the records are summed without converting. USD when none says.
 */
export const DEFAULT_SPEND_CURRENCY = "USD";

/** The total spend of the query's days. */
export async function getSpendTotal(q: SpendQuery): Promise<SpendTotal> {
  const [row] = await runQuery<{ amount: number; currency: string | null; months: string[] | null }>(Prisma.sql`
    SELECT coalesce(sum(price) FILTER (WHERE category = ${TOTAL_PRICE_CATEGORY}), 0)::float8 AS amount,
           upper(min(price_unit)) AS currency,
           array_agg(DISTINCT to_char(day, 'YYYY-MM') ORDER BY to_char(day, 'YYYY-MM'))
             FILTER (WHERE period = 'monthly') AS months
    FROM (${usageRecordRows(q)}) r`);
  return {
    amount: row?.amount ?? 0,
    currency: row?.currency ?? DEFAULT_SPEND_CURRENCY,
    monthlyMonths: row?.months ?? [],
  };
}

/** The total spend of the query's days and of as many days just before. */
export async function getSpendTotals(q: SpendQuery): Promise<SpendTotals> {
  const before = previousSpendPeriod(q);
  const [current, previous, first] = await Promise.all([getSpendTotal(q), getSpendTotal(before), firstUsageDay(q)]);
  return { current, previous, previousInHistory: first !== null && first <= before.from };
}

/** The first UTC day (YYYY-MM-DD) any usage record of the query's accounts covers; null without records. */
async function firstUsageDay(q: SpendQuery): Promise<string | null> {
  const account = q.accountSid ? Prisma.sql`AND "accountSid" = ${q.accountSid}` : Prisma.empty;
  const [row] = await runQuery<{ first: string | null }>(Prisma.sql`
    SELECT to_char(min("startDate"), 'YYYY-MM-DD') AS first
    FROM "UsageRecord" WHERE "connectionId" = ${q.connectionId} ${account}`);
  return row?.first ?? null;
}

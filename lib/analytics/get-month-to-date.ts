import "server-only";
import { Prisma } from "@/lib/db";
import { TOTAL_PRICE_CATEGORY } from "@/lib/domain";
import { DEFAULT_SPEND_CURRENCY } from "./get-spend-totals";
import { projectMonthEnd, utcMonthToDate } from "./month-projection";
import { runQuery } from "./sql/run";
import { usageRecordRows } from "./sql/usage-records";
import type { SpendQuery } from "./spend-query";

export type MonthToDate = {
  currency: string;
  /** The current UTC month's first day and today (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Spend from the 1st through today so far. */
  amount: number;
  /** The days before today: what the projection averages. */
  completeDays: number;
  daysInMonth: number;
  /** See projectMonthEnd; null on the 1st. */
  projection: number | null;
};

/** The current UTC month's spend so far and its run-rate projection to the month's end. */
export async function getMonthToDate(
  q: Pick<SpendQuery, "connectionId" | "accountSid">,
  now = new Date(),
): Promise<MonthToDate> {
  const { from, today, daysInMonth } = utcMonthToDate(now);
  const [row] = await runQuery<{ amount: number; complete: number; currency: string | null }>(Prisma.sql`
    SELECT coalesce(sum(price), 0)::float8 AS amount,
           coalesce(sum(price) FILTER (WHERE day < CAST(${today} AS date)), 0)::float8 AS complete,
           upper(min(price_unit)) AS currency
    FROM (${usageRecordRows({ ...q, from, to: today })}) r
    WHERE category = ${TOTAL_PRICE_CATEGORY}`);
  const completeDays = Number(today.slice(8)) - 1;
  return {
    currency: row?.currency ?? DEFAULT_SPEND_CURRENCY,
    from,
    to: today,
    amount: row?.amount ?? 0,
    completeDays,
    daysInMonth,
    projection: projectMonthEnd(row?.complete ?? 0, completeDays, daysInMonth),
  };
}

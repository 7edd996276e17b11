import "server-only";
import { Prisma } from "@/lib/db";
import { CALL_STATS } from "@/lib/rollups";
import { sumsWithCurrency } from "./sql/currency";
import { factRows } from "./sql/facts";
import { runQuery } from "./sql/run";
import type { AnalyticsQuery, CurrencyAmount, Period } from "./types";

export type KpiTotals = {
  calls: number;
  /** Calls that ended `completed`: someone (or a machine) picked up. */
  answered: number;
  /** answered / calls, or null without calls. */
  answerRate: number | null;
  durationSeconds: number;
  /** Mean length of answered calls (others last 0 s and would drag it down), or null. */
  averageDurationSeconds: number | null;
  failed: number;
  busy: number;
  noAnswer: number;
  /** Costs per currency, largest first. */
  cost: CurrencyAmount[];
};

export type Kpis = { current: KpiTotals; previous: KpiTotals };

type CurrencyRow = {
  currency: string;
  calls: number;
  answered: number;
  seconds: number;
  answered_seconds: number;
  failed: number;
  busy: number;
  no_answer: number;
  priced: number;
  cost: number;
};

/** Headline numbers for the period and for the period before it (for the change shown beside each). */
export async function getKpis(q: AnalyticsQuery, previous: Period): Promise<Kpis> {
  const [current, before] = await Promise.all([periodTotals(q, q.range), periodTotals(q, previous)]);
  return { current, previous: before };
}

// One pass over the facts, grouped by currency so costs in different currencies stay apart; the
// counts are then summed over the (one or few) currency rows.
async function periodTotals(q: AnalyticsQuery, period: Period): Promise<KpiTotals> {
  const rows = await runQuery<CurrencyRow>(Prisma.sql`
    SELECT currency, sum(calls)::int AS calls,
           coalesce(sum(calls) FILTER (WHERE status = 'completed'), 0)::int AS answered,
           sum(seconds)::float8 AS seconds,
           coalesce(sum(seconds) FILTER (WHERE status = 'completed'), 0)::float8 AS answered_seconds,
           coalesce(sum(calls) FILTER (WHERE status = 'failed'), 0)::int AS failed,
           coalesce(sum(calls) FILTER (WHERE status = 'busy'), 0)::int AS busy,
           coalesce(sum(calls) FILTER (WHERE status = 'no-answer'), 0)::int AS no_answer,
           sum(priced)::int AS priced, (-sum(price))::float8 AS cost
    FROM (${sumsWithCurrency(CALL_STATS, factRows(q, { period }), q.connectionId, { status: Prisma.sql`status` })}) p
    GROUP BY currency`);
  const total = (key: Exclude<keyof CurrencyRow, "currency">) => rows.reduce((sum, row) => sum + row[key], 0);
  const calls = total("calls");
  const answered = total("answered");
  return {
    calls,
    answered,
    answerRate: calls > 0 ? answered / calls : null,
    durationSeconds: total("seconds"),
    averageDurationSeconds: answered > 0 ? total("answered_seconds") / answered : null,
    failed: total("failed"),
    busy: total("busy"),
    noAnswer: total("no_answer"),
    cost: rows
      .filter((row) => row.priced > 0)
      .map((row) => ({ currency: row.currency, amount: row.cost }))
      .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
  };
}

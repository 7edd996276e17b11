import "server-only";
import { getMonthToDate, getSpendTotal } from "@/lib/analytics";
import { addIsoDays } from "@/lib/time";
import { figuresFor, type Figures } from "./figures";
import type { RuleParams } from "./kinds";
import type { Scope } from "./measure";

// Spend rules read the usage records through the spend page's own readers, so a rule and the page
// never disagree on a day's spend or the month's projection. Twilio dates usage by UTC day.

const DAY_MS = 24 * 60 * 60 * 1000;
const dayStart = (iso: string) => new Date(`${iso}T00:00:00Z`);
const money = (amount: number, currency: string) => `${amount.toFixed(2)} ${currency}`;
const spendScope = (scope: Scope) => ({ connectionId: scope.connectionId, accountSid: scope.accountSid ?? undefined });

/**
 * Yesterday's `totalprice`: the latest complete UTC day (today's usage is still being counted and
 * would read low). A day with no records reads as nothing spent.
 */
export async function dailySpend(scope: Scope, params: RuleParams<"daily-spend">, now: Date): Promise<Figures> {
  const day = addIsoDays(now.toISOString().slice(0, 10), -1);
  const { amount, currency } = await getSpendTotal({ ...spendScope(scope), from: day, to: day });
  const verdict = amount > params.above ? "firing" : "clear";
  const summary = `Spent ${money(amount, currency)} on ${day}, the latest complete UTC day (fires above ${money(params.above, currency)}).`;
  const start = dayStart(day);
  return figuresFor({ start, end: new Date(start.getTime() + DAY_MS) }, verdict, summary, {
    spend: amount,
    above: params.above,
  });
}

/**
 * The spend page's run-rate projection (the complete days' average × the month's days) against a
 * budget. On the 1st no day is complete: nothing is decided.
 */
export async function monthProjection(
  scope: Scope,
  params: RuleParams<"month-projection">,
  now: Date,
): Promise<Figures> {
  const month = await getMonthToDate(spendScope(scope), now);
  const { projection, currency } = month;
  const verdict = projection === null ? "unknown" : projection > params.budget ? "firing" : "clear";
  const summary =
    projection === null
      ? `No complete day in the month yet to project from (${money(month.amount, currency)} so far today).`
      : `${money(month.amount, currency)} spent from ${month.from} through ${month.to}; at the rate of its ${month.completeDays} complete days the month ends near ${money(projection, currency)} (fires above a budget of ${money(params.budget, currency)}).`;
  // The days measured: the month so far, today included, as the spend page's month-to-date card.
  const end = new Date(dayStart(month.to).getTime() + DAY_MS);
  return figuresFor({ start: dayStart(month.from), end }, verdict, summary, {
    projection,
    monthToDate: month.amount,
    completeDays: month.completeDays,
    daysInMonth: month.daysInMonth,
    budget: params.budget,
  });
}

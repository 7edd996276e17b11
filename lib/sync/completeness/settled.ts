import type { AccountSync } from "@/lib/db";
import { retentionCutoff } from "@/lib/privacy";
import { startOfUtcDay } from "../plan";

/**
 * How long after a UTC day ends its usage is taken as final. Twilio aggregates usage after the
 * fact and prices records minutes to hours after they end; a day that ended a full day before the
 * usage was read (its records' as_of) is past both, in practice.
 */
export const SETTLE_MS = 24 * 60 * 60 * 1000;

/** The account's daily window split at the settled point: [from, settledUntil) are settled, [settledUntil, until) not yet. */
export type UsageWindow = { from: Date; settledUntil: Date; until: Date };

/**
 * The days whose daily usage is read, and which of them are settled: a day is settled when it
 * ended at least SETTLE_MS before the usage was last read up to today. Null before the first read.
 * Days before the retention period are left out: their calls are deleted, so they would never
 * agree with the usage, and checking them would import them again.
 */
export function usageWindow(
  sync: Pick<AccountSync, "usageDailyFrom" | "usageDailyUntil" | "usageAsOf">,
): UsageWindow | null {
  const { usageDailyFrom, usageDailyUntil: until, usageAsOf } = sync;
  if (!usageDailyFrom || !until || !usageAsOf) return null;
  const kept = Math.max(usageDailyFrom.getTime(), retentionCutoff()?.getTime() ?? -Infinity);
  const from = new Date(Math.min(kept, until.getTime()));
  // The days before this one ended at or before asOf - SETTLE_MS.
  const settled = startOfUtcDay(new Date(usageAsOf.getTime() - SETTLE_MS));
  const settledUntil = new Date(Math.max(from.getTime(), Math.min(until.getTime(), settled.getTime())));
  return { from, settledUntil, until };
}

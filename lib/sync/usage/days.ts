import type { UsageDay } from "@/lib/twilio";
import { addDays, startOfUtcDay } from "../plan";

/** A UTC day's midnight as Twilio's usage filters write it (`YYYY-MM-DD`). */
export const usageDay = (day: Date): UsageDay => day.toISOString().slice(0, 10);

/** Whole UTC days, first and last included: how Twilio's usage filters read a range. */
export type DayRange = { first: Date; last: Date };

/** The first of the calendar month after `day`'s. */
function nextMonth(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
}

/**
 * [first, last] cut at month ends, oldest first: the daily import's chunks. A month is a page of
 * records (about 30 days × Twilio's categories, mostly zeros and not kept) and a unit of resuming.
 */
export function monthChunks({ first, last }: DayRange): DayRange[] {
  const chunks: DayRange[] = [];
  for (let start = startOfUtcDay(first); start <= last; start = nextMonth(start)) {
    const end = addDays(nextMonth(start), -1);
    chunks.push({ first: start, last: end < last ? end : startOfUtcDay(last) });
  }
  return chunks;
}

/** Sorted days as the ranges of consecutive ones they form: one query a range rather than one a day. */
export function consecutiveRuns(days: readonly Date[]): DayRange[] {
  const runs: DayRange[] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && addDays(last.last, 1).getTime() === day.getTime()) last.last = day;
    else runs.push({ first: day, last: day });
  }
  return runs;
}

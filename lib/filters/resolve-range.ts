import type { Filters } from "./url-filters";
import { addIsoDays, daysBetween, shiftZonedDays, zonedDate, zonedMidnight, type Period } from "@/lib/time";

export type Bucket = "hour" | "day" | "week";

export type ResolvedRange = Period & {
  /** First and last calendar day covered, inclusive, in the filter's time zone. */
  from: string;
  to: string;
  days: number;
  /** The same number of calendar days just before, for deltas; see resolveRange for where it ends. */
  previous: Period;
  bucket: Bucket;
};

const PRESET_DAYS = { today: 1, "7d": 7, "30d": 30, "90d": 90 } as const;

function calendarDays(filters: Filters, today: string): { from: string; to: string } {
  switch (filters.range) {
    case "month":
      return { from: `${today.slice(0, 8)}01`, to: today };
    case "custom":
      // parseCallFilters guarantees both dates for a custom range; the fallback only satisfies the type.
      return { from: filters.from ?? today, to: filters.to ?? today };
    default:
      return { from: addIsoDays(today, 1 - PRESET_DAYS[filters.range]), to: today };
  }
}

/** Hourly detail for a day or two, daily up to a quarter, weekly (Monday-based) beyond. */
export function bucketFor(days: number): Bucket {
  if (days <= 2) return "hour";
  if (days <= 90) return "day";
  return "week";
}

/**
 * The concrete period for the filters: local midnight of the first day to local midnight after the last
 * (end exclusive), in the filter's time zone, so "7d" is the last 7 calendar days including today.
 *
 * While the period is still running, `previous` stops at the same wall-clock time `now` has reached
 * (e.g. today until 10:00 against yesterday until 10:00), so deltas compare like with like instead of
 * a part-day against a whole one.
 */
export function resolveRange(filters: Filters, now: Date): ResolvedRange {
  const { tz } = filters;
  const { from, to } = calendarDays(filters, zonedDate(now, tz));
  const days = daysBetween(from, to) + 1;
  const start = zonedMidnight(from, tz);
  const end = zonedMidnight(addIsoDays(to, 1), tz);
  const running = now > start && now < end;
  return {
    start,
    end,
    from,
    to,
    days,
    previous: {
      start: zonedMidnight(addIsoDays(from, -days), tz),
      end: running ? shiftZonedDays(now, -days, tz) : start,
    },
    bucket: bucketFor(days),
  };
}

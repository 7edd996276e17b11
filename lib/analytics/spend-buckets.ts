import { addIsoDays, daysBetween } from "@/lib/time";

/** A spend chart's bucket: UTC days, Monday-based UTC weeks, or UTC months. */
export type SpendBucket = "day" | "week" | "month";

/**
 * Days up to a quarter and weeks beyond, as the call volume chart; months when the range reads
 * monthly records, which cannot be split into days or weeks.
 */
export function spendBucketFor(days: number, readsMonthlyRecords: boolean): SpendBucket {
  if (readsMonthlyRecords) return "month";
  return days <= 90 ? "day" : "week";
}

/** The first day (YYYY-MM-DD) of the bucket a UTC day falls in. */
export function spendBucketStart(day: string, bucket: SpendBucket): string {
  if (bucket === "month") return `${day.slice(0, 7)}-01`;
  if (bucket === "day") return day;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addIsoDays(day, -((weekday + 6) % 7));
}

/** The starts of every bucket from the first day to the last, in order. */
export function spendBucketStarts(from: string, to: string, bucket: SpendBucket): string[] {
  const starts = new Set<string>();
  for (let i = 0; i <= daysBetween(from, to); i++) starts.add(spendBucketStart(addIsoDays(from, i), bucket));
  return [...starts];
}

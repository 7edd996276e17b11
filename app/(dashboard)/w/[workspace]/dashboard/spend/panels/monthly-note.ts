import type { Formats } from "@/lib/format";

/**
 * Where a range reaches before the daily records: the months read whole from Twilio's monthly
 * records, in words ("November 2025 to January 2026"), or null when every day is read daily.
 */
export function monthlyRecordsNote(months: readonly string[], formatBucket: Formats["formatBucket"]): string | null {
  const [first] = months;
  const last = months.at(-1);
  if (!first || !last) return null;
  const name = (month: string) => formatBucket(`${month}-01T00:00:00Z`, "month", "UTC", "full");
  const span = first === last ? name(first) : `${name(first)} to ${name(last)}`;
  return `${span} counted as whole months from Twilio's monthly usage records: the daily ones do not reach back that far.`;
}

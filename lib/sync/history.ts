import type twilio from "twilio";
import { callsPageUrl, fetchCallsPage } from "@/lib/twilio/calls-page";
import { addDays, startOfUtcDay } from "./plan";

/** Twilio opened in 2008: no call log starts earlier. */
const EARLIEST = new Date("2008-01-01T00:00:00Z");
const PROBES = 8;

export type HistorySpan = { first: Date; last: Date; estimatedCalls: number };

function startOf(call: Record<string, unknown> | undefined): Date | null {
  const value = call?.start_time ?? call?.date_created;
  return typeof value === "string" ? new Date(Date.parse(value)) : null;
}

async function anyCallBefore(client: twilio.Twilio, accountSid: string, before: Date): Promise<boolean> {
  const page = await fetchCallsPage(client, callsPageUrl(accountSid, { from: EARLIEST, to: before }, 1));
  return page.calls.length > 0;
}

/**
 * The UTC days an account's call log spans, and roughly how many calls it holds. The list API
 * only pages newest-first, so the oldest day is found by searching: eight probes at a time,
 * which takes four or five round trips for any history length.
 */
export async function findHistorySpan(client: twilio.Twilio, accountSid: string, until: Date): Promise<HistorySpan | null> {
  const newestPage = await fetchCallsPage(client, callsPageUrl(accountSid, { from: EARLIEST, to: addDays(startOfUtcDay(until), 1) }));
  const last = startOf(newestPage.calls[0]);
  const oldestInPage = startOf(newestPage.calls.at(-1));
  if (!last || !oldestInPage) return null;
  if (!newestPage.nextPageUrl) return { first: startOfUtcDay(oldestInPage), last, estimatedCalls: newestPage.calls.length };

  let low = startOfUtcDay(EARLIEST); // no call before this day
  let high = startOfUtcDay(oldestInPage); // a call on or before this day
  while (high > low) {
    const days = Math.round((high.getTime() - low.getTime()) / 86_400_000);
    const points = [...new Set(Array.from({ length: PROBES }, (_, i) => Math.floor(((i + 1) * days) / (PROBES + 1))))].map((d) => addDays(low, d));
    const found = await Promise.all(points.map((day) => anyCallBefore(client, accountSid, addDays(day, 1))));
    const hit = found.indexOf(true);
    if (hit === -1) low = addDays(points.at(-1) ?? low, 1);
    else {
      high = points[hit] ?? high;
      if (hit > 0) low = addDays(points[hit - 1] ?? low, 1);
    }
  }
  // Calls per millisecond over the newest page, extended over the whole span.
  const rate = newestPage.calls.length / Math.max(last.getTime() - oldestInPage.getTime(), 1);
  return { first: high, last, estimatedCalls: Math.round(rate * (last.getTime() - high.getTime())) };
}

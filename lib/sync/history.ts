import type twilio from "twilio";
import { fetchListPage, listPageUrl, type ListName, type WireRecord } from "@/lib/twilio";
import { withPageSlot } from "./page-slots";
import { addDays, startOfUtcDay } from "./plan";

/** Twilio opened in 2008: no call log starts earlier. */
const EARLIEST = new Date("2008-01-01T00:00:00Z");
const PROBES = 8;

export type HistorySpan = { first: Date; last: Date; estimated: number };

function startOf(record: WireRecord | undefined): Date | null {
  const value = record?.start_time ?? record?.date_sent ?? record?.date_created;
  return typeof value === "string" ? new Date(Date.parse(value)) : null;
}

async function anyBefore(client: twilio.Twilio, list: ListName, accountSid: string, before: Date): Promise<boolean> {
  const page = await fetchListPage(client, list, listPageUrl(list, accountSid, { from: EARLIEST, to: before }, 1));
  return page.records.length > 0;
}

/**
 * The UTC days an account's calls (or messages) span, and roughly how many there are. The list API
 * only pages newest-first, so the oldest day is found by searching: eight probes at a time,
 * which takes four or five round trips for any history length.
 */
export async function findHistorySpan(
  client: twilio.Twilio,
  list: ListName,
  accountSid: string,
  until: Date,
): Promise<HistorySpan | null> {
  // The newest page, reduced to what the search needs before its slot is given back.
  const newest = await withPageSlot(async () => {
    const page = await fetchListPage(
      client,
      list,
      listPageUrl(list, accountSid, { from: EARLIEST, to: addDays(startOfUtcDay(until), 1) }),
    );
    return {
      last: startOf(page.records[0]),
      oldestInPage: startOf(page.records.at(-1)),
      records: page.records.length,
      more: Boolean(page.nextPageUrl),
    };
  });
  const { last, oldestInPage } = newest;
  if (!last || !oldestInPage) return null;
  if (!newest.more) return { first: startOfUtcDay(oldestInPage), last, estimated: newest.records };

  let low = startOfUtcDay(EARLIEST); // no call before this day
  let high = startOfUtcDay(oldestInPage); // a call on or before this day
  while (high > low) {
    const days = Math.round((high.getTime() - low.getTime()) / 86_400_000);
    const points = [
      ...new Set(Array.from({ length: PROBES }, (_, i) => Math.floor(((i + 1) * days) / (PROBES + 1)))),
    ].map((d) => addDays(low, d));
    const found = await Promise.all(points.map((day) => anyBefore(client, list, accountSid, addDays(day, 1))));
    const hit = found.indexOf(true);
    if (hit === -1) low = addDays(points.at(-1) ?? low, 1);
    else {
      high = points[hit] ?? high;
      if (hit > 0) low = addDays(points[hit - 1] ?? low, 1);
    }
  }
  // Records per millisecond over the newest page, extended over the whole span.
  const rate = newest.records / Math.max(last.getTime() - oldestInPage.getTime(), 1);
  return { first: high, last, estimated: Math.round(rate * (last.getTime() - high.getTime())) };
}

import type twilio from "twilio";
import { addDays, startOfUtcDay } from "./plan";

type Calls = ReturnType<ReturnType<twilio.Twilio["api"]["v2010"]["accounts"]>["calls"]["page"]> extends Promise<infer P> ? P : never;

/** Twilio opened in 2008: no call log starts earlier. */
const EARLIEST = new Date("2008-01-01T00:00:00Z");

async function newestBefore(client: twilio.Twilio, accountSid: string, before?: Date): Promise<Date | null> {
  const page: Calls = await client.api.v2010
    .accounts(accountSid)
    .calls.page({ pageSize: 1, ...(before ? { startTimeBefore: before } : {}) });
  const call = page.instances[0];
  return call ? (call.startTime ?? call.dateCreated) : null;
}

/**
 * The UTC days an account's call log spans, found with a handful of one-call requests: the
 * newest call, then a binary search for the first day with any call (the list API only pages
 * newest-first, so the oldest call cannot be asked for directly). Null for an empty log.
 */
export async function findHistorySpan(client: twilio.Twilio, accountSid: string): Promise<{ first: Date; last: Date } | null> {
  const newest = await newestBefore(client, accountSid);
  if (!newest) return null;
  let low = startOfUtcDay(EARLIEST); // no call before this day
  let high = startOfUtcDay(newest); // a call on or before this day
  while (high > low) {
    const mid = startOfUtcDay(new Date((low.getTime() + high.getTime()) / 2));
    if (await newestBefore(client, accountSid, addDays(mid, 1))) high = mid;
    else low = addDays(mid, 1);
  }
  return { first: high, last: newest };
}

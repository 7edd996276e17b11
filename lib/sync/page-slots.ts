import { AdaptiveLimiter } from "@/lib/twilio/concurrency";

/**
 * Full pages being fetched or written at once, across every import of this process: each holds a
 * parsed page (several MB of heap at 1,000 calls). Capped per account only, a connection of
 * several busy accounts multiplied them: an owner and two subaccounts had 36 pages in flight and
 * ran out of a 128 MB heap. As many as one account's windows (import-account.ts), so a single
 * account imports as fast as before.
 */
const MAX_PAGES_IN_FLIGHT = 12;

const globalForSync = globalThis as unknown as { __pageSlots?: AdaptiveLimiter };

/** Runs `work`, which reads (and writes) one full page, once fewer than the cap are in flight. */
export function withPageSlot<T>(work: () => Promise<T>): Promise<T> {
  globalForSync.__pageSlots ??= new AdaptiveLimiter(MAX_PAGES_IN_FLIGHT);
  return globalForSync.__pageSlots.run(work);
}

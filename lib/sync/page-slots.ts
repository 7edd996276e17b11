import { AdaptiveLimiter } from "@/lib/twilio";

/**
 * Full pages being fetched or written at once, across every import of this process: each holds a
 * parsed page of several MB, so the cap is per process, not per account (a connection's accounts
 * import together). As many as one account's windows, so a single account is not slowed.
 */
const MAX_PAGES_IN_FLIGHT = 12;

const globalForSync = globalThis as unknown as { __pageSlots?: AdaptiveLimiter };

/** Runs `work`, which reads (and writes) one full page, once fewer than the cap are in flight. */
export function withPageSlot<T>(work: () => Promise<T>): Promise<T> {
  globalForSync.__pageSlots ??= new AdaptiveLimiter(MAX_PAGES_IN_FLIGHT);
  return globalForSync.__pageSlots.run(work);
}

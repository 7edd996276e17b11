import type { DayFigures } from "./figures";

/** Prices agree within half a cent: Twilio rounds each record's price, the usage sums unrounded ones. */
const PRICE_TOLERANCE = 0.005;

/**
 * Whether a day's imported calls and messages agree with Twilio's usage: counts and minutes
 * exactly; prices only once every imported billed record has its price (`pricesSettled`), since
 * Twilio prices a call or message some time after it ends and the usage may already hold a price
 * the imported record does not (or the reverse). Such a day is judged on counts and minutes, and
 * its prices compared at a later check while it is in the trailing range.
 */
export function agrees({ imported, usage, pricesSettled }: DayFigures): boolean {
  const counts =
    imported.calls === usage.calls && imported.minutes === usage.minutes && imported.messages === usage.messages;
  if (!counts || !pricesSettled) return counts;
  return (
    Math.abs(imported.callPrice - usage.callPrice) < PRICE_TOLERANCE &&
    Math.abs(imported.messagePrice - usage.messagePrice) < PRICE_TOLERANCE
  );
}

import { addIsoDays, daysBetween } from "@/lib/time";
import type { FixtureUsage } from "./build-usage";
import { ACCOUNTS, USAGE } from "./usage-fixture";

// What the spend readers should answer, worked out from the fixture's own records and each
// account's known daily window, independently of the readers' SQL.

/**
 * The records that cover the days from `from` to `to`: for each account, the monthly record of a
 * month the range reaches before the account's daily window (the whole month, once), and the
 * daily record of every other day.
 */
export function coveringRecords(from: string, to: string, accountSid?: string): FixtureUsage[] {
  const picked: FixtureUsage[] = [];
  for (const account of ACCOUNTS) {
    if (accountSid && account.sid !== accountSid) continue;
    const own = USAGE.filter((r) => r.accountSid === account.sid);
    const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addIsoDays(from, i));
    const before = (day: string) => account.dailyFrom === null || day < account.dailyFrom;
    const whole = new Set(days.filter(before).map((day) => day.slice(0, 7)));
    picked.push(...own.filter((r) => r.period === "monthly" && whole.has(r.startDate.slice(0, 7))));
    picked.push(
      ...own.filter((r) => r.period === "daily" && days.includes(r.startDate) && !whole.has(r.startDate.slice(0, 7))),
    );
  }
  return picked;
}

/** The summed price of one category over the records. */
export function priceOf(records: readonly FixtureUsage[], category: string): number {
  return records.filter((r) => r.category === category).reduce((sum, r) => sum + r.price, 0);
}

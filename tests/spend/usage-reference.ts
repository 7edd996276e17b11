import { addIsoDays, daysBetween } from "@/lib/time";
import type { FixtureUsage } from "./build-usage";
import { ACCOUNTS, USAGE } from "./usage-fixture";

// What the spend readers should answer, worked out from the fixture's own records and each
// account's known daily window, independently of the readers' SQL.

/** The records that cover the days from `from` to `to`: daily ones in the window, whole months before it. */
export function coveringRecords(from: string, to: string, accountSid?: string): FixtureUsage[] {
  const picked = new Set<FixtureUsage>();
  for (const account of ACCOUNTS) {
    if (accountSid && account.sid !== accountSid) continue;
    for (let i = 0; i <= daysBetween(from, to); i++) {
      const day = addIsoDays(from, i);
      const daily = account.dailyFrom !== null && day >= account.dailyFrom;
      for (const record of USAGE) {
        if (record.accountSid !== account.sid) continue;
        if (
          daily
            ? record.period === "daily" && record.startDate === day
            : record.period === "monthly" && record.startDate === `${day.slice(0, 7)}-01`
        )
          picked.add(record);
      }
    }
  }
  return [...picked];
}

/** The summed price of one category over the records. */
export function priceOf(records: readonly FixtureUsage[], category: string): number {
  return records.filter((r) => r.category === category).reduce((sum, r) => sum + r.price, 0);
}

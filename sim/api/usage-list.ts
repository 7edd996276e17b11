import { compareListOrder, type Key, type PageSource } from "../data/record-log";
import {
  addTallies,
  categoryTally,
  USAGE_CATEGORIES,
  type Tallies,
  type Tally,
  type UsageCategory,
} from "../data/usage-categories";
import { extraUsage, type ExtrasSource } from "../data/usage-extras";
import { dayOf } from "../data/usage-ledger";
import { DAY_SECONDS } from "../lib/twilio-time";
import type { SimStore } from "../store/sim-store";
import type { SimAccount } from "../store/types";
import { monthStart, type UsageQuery } from "./usage-query";

/** The days a record sums, as first seconds (UTC), both inclusive. */
export interface UsagePeriodRange {
  startSec: number;
  endSec: number;
}

export interface UsageItem {
  period: UsagePeriodRange;
  category: UsageCategory;
  tally: Tally;
}

function extrasSource(account: SimAccount): ExtrasSource {
  return {
    key: account.profile.key,
    localNumbers: account.profile.numbers.length,
    createdSec: account.createdSec,
    historyStartSec: account.historyStartSec,
    holdsNumbers: account.connectAppSid === null,
    callsAtOrBefore: (sec) => account.calls.generatedAtOrBefore(sec),
  };
}

/** The leaf tallies of some accounts over some days; the cached days are only read. */
function periodUsage(accounts: readonly SimAccount[], period: UsagePeriodRange, nowSec: number): Tallies {
  const total: Tallies = new Map();
  for (let day = period.startSec; day <= period.endSec; day += DAY_SECONDS) {
    for (const account of accounts) {
      addTallies(total, account.usage.day(day, nowSec));
      addTallies(total, extraUsage(extrasSource(account), day, nowSec));
    }
  }
  return total;
}

/** Newest first: days, or months (a month up to its last day, or today). */
function* periodsNewestFirst(query: UsageQuery, todaySec: number): Generator<UsagePeriodRange> {
  if (query.firstDaySec > query.lastDaySec) return;
  if (query.period === "daily") {
    for (let day = query.lastDaySec; day >= query.firstDaySec; day -= DAY_SECONDS) yield { startSec: day, endSec: day };
    return;
  }
  for (let month = monthStart(query.lastDaySec); month >= monthStart(query.firstDaySec); month = monthStart(month, 1)) {
    yield { startSec: month, endSec: Math.min(monthStart(month, -1) - DAY_SECONDS, todaySec) };
  }
}

/** Within a period the categories keep their table order: the first gets the greatest key. */
const categoryKeys = new Map(
  USAGE_CATEGORIES.map((c, i) => [c, `UR${(USAGE_CATEGORIES.length - i).toString(16).padStart(32, "0")}`]),
);
const keyOf = (item: UsageItem): Key => ({ sec: item.period.startSec, sid: categoryKeys.get(item.category) ?? "" });

/**
 * Usage records in list order, computed a period at a time as the pager walks: a page of 50 daily
 * records touches three days, whatever the range. With IncludeSubaccounts an owner account's records
 * hold its subaccounts' usage too.
 */
export function usageSource(
  store: SimStore,
  account: SimAccount,
  query: UsageQuery,
  nowSec: number,
): PageSource<UsageItem> {
  const isOwner = account.ownerAccountSid === account.sid;
  const accounts = query.includeSubaccounts && isOwner ? store.accountTree(account.sid) : [account];
  const itemsOf = (period: UsagePeriodRange): UsageItem[] => {
    const leaves = periodUsage(accounts, period, nowSec);
    return query.categories.map((category) => ({ period, category, tally: categoryTally(category, leaves) }));
  };
  return {
    keyOf,
    forward: function* (after) {
      for (const period of periodsNewestFirst(query, dayOf(nowSec))) {
        if (after && period.startSec > after.sec) continue;
        for (const item of itemsOf(period)) if (!after || compareListOrder(keyOf(item), after) > 0) yield item;
      }
    },
    backward: function* (before) {
      for (const period of [...periodsNewestFirst(query, dayOf(nowSec))].reverse()) {
        if (before && period.startSec < before.sec) continue;
        for (const item of itemsOf(period).reverse())
          if (!before || compareListOrder(keyOf(item), before) < 0) yield item;
      }
    },
  };
}

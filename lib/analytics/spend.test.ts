import { describe, expect, it } from "vitest";
import { GROUPED_CATEGORIES, SPEND_GROUPS, TOTAL_PRICE_CATEGORY } from "@/lib/domain";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import { ACCOUNTS, NOW, USAGE, USAGE_ERROR, useUsageFixture } from "@/tests/spend/usage-fixture";
import { coveringRecords, priceOf } from "@/tests/spend/usage-reference";
import { getMonthToDate } from "./get-month-to-date";
import { getSpendByAccount } from "./get-spend-by-account";
import { getSpendOverTime } from "./get-spend-over-time";
import { getSpendTotals } from "./get-spend-totals";
import { getTopSpendCategories } from "./get-top-spend-categories";
import type { SpendQuery } from "./spend-query";

const [OWNER, SALES, REFUSED] = ACCOUNTS;

const CASES: [string, { from: string; to: string; accountSid?: string }, string[]][] = [
  ["March so far, every account", { from: "2026-03-01", to: "2026-03-20" }, []],
  ["a week, one account", { from: "2026-03-09", to: "2026-03-15", accountSid: SALES.sid }, []],
  // The owner reads daily from December 1, Sales from January 17: whole months before each.
  [
    "mid-November to mid-February: crosses both daily windows",
    { from: "2025-11-15", to: "2026-02-14" },
    ["2025-11", "2025-12", "2026-01"],
  ],
  ["mid-January, the owner alone: all daily", { from: "2026-01-10", to: "2026-01-20", accountSid: OWNER.sid }, []],
  [
    "early October, Sales alone: one monthly record",
    { from: "2025-10-03", to: "2025-10-04", accountSid: SALES.sid },
    ["2025-10"],
  ],
  [
    "Sales from January 10: all of January",
    { from: "2026-01-10", to: "2026-01-20", accountSid: SALES.sid },
    ["2026-01"],
  ],
  ["Sales from January 20: daily", { from: "2026-01-20", to: "2026-01-25", accountSid: SALES.sid }, []],
  ["a day before any record", { from: "2025-01-01", to: "2025-01-01" }, []],
];

describe.each(testDatabaseKinds())("spend readers (%s)", (kind) => {
  const fixture = useUsageFixture(kind);
  const query = (patch: Omit<SpendQuery, "connectionId">): SpendQuery => ({
    connectionId: fixture.connectionId,
    ...patch,
  });

  it.each(CASES)("total and previous period: %s", async (_name, range, months) => {
    const totals = await getSpendTotals(query(range));
    const reference = priceOf(coveringRecords(range.from, range.to, range.accountSid), TOTAL_PRICE_CATEGORY);
    expect(totals.current.amount).toBeCloseTo(reference, 5);
    expect(totals.current.currency).toBe("USD");
    expect(totals.current.monthlyMonths).toEqual(months);
    const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
    const before = (date: string, n: number) => new Date(Date.parse(date) - n * 86_400_000).toISOString().slice(0, 10);
    const previous = coveringRecords(before(range.from, days), before(range.from, 1), range.accountSid);
    expect(totals.previous.amount).toBeCloseTo(priceOf(previous, TOTAL_PRICE_CATEGORY), 5);
  });

  it("compares with the days before only when the usage records reach back that far", async () => {
    const first = USAGE.map((record) => record.startDate).sort()[0];
    if (!first) throw new Error("the fixture has no records");
    const startingAt = (from: string) => getSpendTotals(query({ from, to: "2026-03-20" }));
    expect((await startingAt("2026-03-01")).previousInHistory).toBe(true);
    // A range starting the day after the first record: the day before it is that first day.
    const dayAfter = new Date(Date.parse(first) + 86_400_000).toISOString().slice(0, 10);
    expect((await getSpendTotals(query({ from: dayAfter, to: dayAfter }))).previousInHistory).toBe(true);
    expect((await getSpendTotals(query({ from: first, to: first }))).previousInHistory).toBe(false);
    expect((await getSpendTotals(query({ from: "2025-01-01", to: "2025-01-01" }))).previousInHistory).toBe(false);
  });

  it("has spend in each case that sums anything", async () => {
    // Guards the cases above against passing on empty sums.
    const { current } = await getSpendTotals(query({ from: "2025-11-15", to: "2026-02-14" }));
    expect(current.amount).toBeGreaterThan(100);
  });

  it.each(CASES)("over time, stacked by group: %s", async (_name, range) => {
    const spend = await getSpendOverTime(query(range));
    const records = coveringRecords(range.from, range.to, range.accountSid);
    const stack = spend.rows.reduce((sum, row) => sum + SPEND_GROUPS.reduce((s, g) => s + row[g], 0), 0);
    expect(stack).toBeCloseTo(priceOf(records, TOTAL_PRICE_CATEGORY), 5);
    const voice = spend.rows.reduce((sum, row) => sum + row.voice, 0);
    expect(voice).toBeCloseTo(priceOf(records, "calls") + priceOf(records, "calls-client"), 5);
    const other = spend.rows.reduce((sum, row) => sum + row.other, 0);
    // What no group holds in the fixture: the channels beyond WhatsApp, and lookups.
    const outside = priceOf(records, "channels") - priceOf(records, "channels-whatsapp") + priceOf(records, "lookups");
    expect(other).toBeCloseTo(outside, 5);
  });

  it("buckets by day up to 90 days, by week beyond, by month when monthly records are read", async () => {
    const days = await getSpendOverTime(query({ from: "2026-03-01", to: "2026-03-20" }));
    expect(days.bucket).toBe("day");
    expect(days.rows).toHaveLength(20);
    expect(days.rows[0]?.bucket).toBe("2026-03-01T00:00:00.000Z");
    // 110 days, all daily for the owner: Monday-based weeks, the first starting before the range.
    const weeks = await getSpendOverTime(query({ from: "2025-12-01", to: "2026-03-20", accountSid: OWNER.sid }));
    expect(weeks.bucket).toBe("week");
    expect(weeks.rows[0]?.bucket).toBe("2025-12-01T00:00:00.000Z");
    expect(weeks.rows[1]?.bucket).toBe("2025-12-08T00:00:00.000Z");
    expect(weeks.rows.at(-1)?.bucket).toBe("2026-03-16T00:00:00.000Z");
    // The same days read Sales's December and January from monthly records: months.
    const months = await getSpendOverTime(query({ from: "2025-12-01", to: "2026-03-20" }));
    expect(months.bucket).toBe("month");
    expect(months.rows.map((row) => row.bucket.slice(0, 10))).toEqual([
      "2025-12-01",
      "2026-01-01",
      "2026-02-01",
      "2026-03-01",
    ]);
    const whole = await getSpendOverTime(query({ from: "2026-01-10", to: "2026-01-20", accountSid: SALES.sid }));
    expect([whole.bucket, whole.rows.length]).toEqual(["month", 1]);
    const daily = await getSpendOverTime(query({ from: "2026-01-20", to: "2026-01-25", accountSid: SALES.sid }));
    expect([daily.bucket, daily.rows.length]).toEqual(["day", 6]);
  });

  it.each(CASES)("top categories plus other add up to the total, none counted twice: %s", async (_name, range) => {
    const top = await getTopSpendCategories(query(range));
    const records = coveringRecords(range.from, range.to, range.accountSid);
    const total = priceOf(records, TOTAL_PRICE_CATEGORY);
    expect(top.total).toBeCloseTo(total, 5);
    expect(top.categories.reduce((sum, row) => sum + row.amount, 0) + top.other).toBeCloseTo(total, 5);
    const names = top.categories.map((row) => row.category);
    for (const sub of ["calls-inbound", "sms-outbound", "lookups-carrier", "phonenumbers-local", "channels"])
      expect(names).not.toContain(sub);
    if (total === 0) return;
    expect(names).toEqual(expect.arrayContaining(["calls", "calls-client", "sms", "channels-whatsapp", "lookups"]));
    expect(top.other).toBeCloseTo(priceOf(records, "channels") - priceOf(records, "channels-whatsapp"), 5);
    for (const row of top.categories) {
      expect(row.amount).toBeCloseTo(priceOf(records, row.category), 5);
      const count = records.filter((r) => r.category === row.category).reduce((sum, r) => sum + r.count, 0);
      expect(row.count).toBeCloseTo(count, 4);
    }
    const calls = top.categories.find((row) => row.category === "calls");
    expect([calls?.countUnit, calls?.usageUnit, calls?.group]).toEqual(["calls", "minutes", "voice"]);
    expect(top.categories.find((row) => row.category === "lookups")?.group).toBe("other");
  });

  it("never lists a grouped category outside its group", async () => {
    const top = await getTopSpendCategories(query({ from: "2026-03-01", to: "2026-03-20" }));
    for (const row of top.categories) {
      if (Object.hasOwn(GROUPED_CATEGORIES, row.category)) expect(row.group).toBe(GROUPED_CATEGORIES[row.category]);
    }
  });

  it("spends per account, the owner first, an unreadable account with its error", async () => {
    const range = { from: "2025-11-15", to: "2026-02-14" };
    const { accounts, currency } = await getSpendByAccount(query(range));
    expect(currency).toBe("USD");
    expect(accounts.map((a) => [a.name, a.isOwner, a.usageError])).toEqual([
      ["Owner", true, null],
      ["Sales", false, null],
      ["Closed off", false, USAGE_ERROR],
    ]);
    for (const account of accounts) {
      const records = coveringRecords(range.from, range.to, account.sid);
      expect(account.amount).toBeCloseTo(priceOf(records, TOTAL_PRICE_CATEGORY), 5);
    }
    const one = await getSpendByAccount(query({ ...range, accountSid: REFUSED.sid }));
    expect(one.accounts).toEqual([expect.objectContaining({ sid: REFUSED.sid, amount: 0, usageError: USAGE_ERROR })]);
  });

  it("projects the month from its complete days, and not on the 1st", async () => {
    const mtd = await getMonthToDate({ connectionId: fixture.connectionId }, NOW);
    const sofar = coveringRecords("2026-03-01", "2026-03-20");
    const complete = coveringRecords("2026-03-01", "2026-03-19");
    expect([mtd.from, mtd.to, mtd.completeDays, mtd.daysInMonth]).toEqual(["2026-03-01", "2026-03-20", 19, 31]);
    expect(mtd.amount).toBeCloseTo(priceOf(sofar, TOTAL_PRICE_CATEGORY), 5);
    expect(mtd.projection ?? NaN).toBeCloseTo((priceOf(complete, TOTAL_PRICE_CATEGORY) / 19) * 31, 5);
    const first = await getMonthToDate(
      { connectionId: fixture.connectionId, accountSid: SALES.sid },
      new Date("2026-03-01T23:00:00Z"),
    );
    expect(first.amount).toBeCloseTo(
      priceOf(coveringRecords("2026-03-01", "2026-03-01", SALES.sid), TOTAL_PRICE_CATEGORY),
      5,
    );
    expect(first.amount).toBeGreaterThan(0);
    expect(first.projection).toBeNull();
  });
});

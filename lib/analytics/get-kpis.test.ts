import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import { getKpis, type KpiTotals } from "./get-kpis";
import { usesHourlyStats } from "./sql/facts";
import { CALLS, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { matches, referenceCost, sumBy } from "@/tests/analytics/reference";
import type { AnalyticsQuery, Period } from "./types";

function expected(q: AnalyticsQuery, period: Period): KpiTotals {
  const calls = CALLS.filter((call) => matches(call, q, period));
  const answered = calls.filter((call) => call.status === "completed");
  const count = (status: string) => calls.filter((call) => call.status === status).length;
  const answeredSeconds = sumBy(answered, (call) => call.duration ?? 0);
  return {
    calls: calls.length,
    answered: answered.length,
    answerRate: calls.length > 0 ? answered.length / calls.length : null,
    durationSeconds: sumBy(calls, (call) => call.duration ?? 0),
    averageDurationSeconds: answered.length > 0 ? answeredSeconds / answered.length : null,
    failed: count("failed"),
    busy: count("busy"),
    noAnswer: count("no-answer"),
    cost: [...referenceCost(calls)]
      .map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => b.amount - a.amount),
  };
}

function expectTotals(actual: KpiTotals, wanted: KpiTotals) {
  const { cost, answerRate, averageDurationSeconds, ...counts } = actual;
  const { cost: wantedCost, answerRate: rate, averageDurationSeconds: average, ...wantedCounts } = wanted;
  expect(counts).toEqual(wantedCounts);
  expect(answerRate ?? -1).toBeCloseTo(rate ?? -1, 10);
  expect(averageDurationSeconds ?? -1).toBeCloseTo(average ?? -1, 6);
  expect(cost.map((c) => c.currency)).toEqual(wantedCost.map((c) => c.currency));
  cost.forEach((c, i) => expect(c.amount).toBeCloseTo(wantedCost[i]?.amount ?? 0, 5));
}

describe.each(testDatabaseKinds())("getKpis on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);

  it.each([
    ["30 days in UTC", {}],
    ["90 days in New York, across the spring-forward change", { range: "90d" as const, tz: "America/New_York" }],
    ["7 days in Kolkata (half-hour offset: rollups, ends from calls)", { range: "7d" as const, tz: "Asia/Kolkata" }],
    ["today in Tokyo", { range: "today" as const, tz: "Asia/Tokyo" }],
    [
      "one account, outbound, answered or busy",
      {
        range: "90d" as const,
        account: `AC${"3".repeat(32)}`,
        direction: "outbound" as const,
        status: ["completed" as const, "busy" as const],
      },
    ],
    ["a number search", { range: "90d" as const, q: "+4420" }],
    ["a custom range with no calls", { range: "custom" as const, from: "2024-01-01", to: "2024-01-31" }],
  ])("%s: the period and the one before match the calls", async (_name, patch) => {
    const { q, range } = fixture.query(patch);
    const kpis = await getKpis(q, range.previous);
    expectTotals(kpis.current, expected(q, q.range));
    expectTotals(kpis.previous, expected(q, range.previous));
  });

  it("reads the partial hours at either end of a mid-hour period from the calls", async () => {
    const { q } = fixture.query({ range: "90d", tz: "Europe/London" });
    const period = { start: new Date("2026-02-03T10:17:23.500Z"), end: new Date("2026-03-05T16:42:10Z") };
    const previous = { start: new Date("2026-01-01T00:59:59Z"), end: period.start };
    const mid = { ...q, range: period };
    expect(usesHourlyStats(mid)).toBe(true);
    const kpis = await getKpis(mid, previous);
    expectTotals(kpis.current, expected(mid, period));
    expectTotals(kpis.previous, expected(mid, previous));
  });

  it("reads rollups only when they give the same answer", () => {
    const newYork = fixture.query({ tz: "America/New_York" }).q;
    const kolkata = fixture.query({ tz: "Asia/Kolkata" }).q;
    expect(usesHourlyStats(newYork, { grouping: "hour" })).toBe(true);
    // Totals only need whole UTC hours; local buckets need offsets in whole or half hours.
    expect(usesHourlyStats(kolkata)).toBe(true);
    expect(usesHourlyStats(kolkata, { grouping: "hour" })).toBe(true);
    expect(usesHourlyStats(fixture.query({ tz: "Asia/Kathmandu" }).q, { grouping: "day" })).toBe(false);
    expect(usesHourlyStats(fixture.query({ q: "555" }).q)).toBe(false);
  });

  it("has data in the ranges it tests, so the comparisons above mean something", () => {
    const { q } = fixture.query({ range: "90d", tz: "America/New_York" });
    expect(expected(q, q.range).calls).toBeGreaterThan(1_000);
    expect(expected(q, q.range).cost.map((c) => c.currency)).toEqual(["USD", "EUR"]);
  });
});

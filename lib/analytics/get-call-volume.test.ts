import { describe, expect, it } from "vitest";
import type { CallFilters } from "@/lib/filters";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import { getCallVolume } from "./get-call-volume";
import { getCostOverTime } from "./get-cost-over-time";
import { CALLS, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { matches, referenceBucket, referenceCost } from "@/tests/analytics/reference";
import type { Bucket } from "./types";

const CASES: [string, Partial<CallFilters>, Bucket][] = [
  [
    "hours of the New York spring-forward day (23 of them)",
    { range: "custom", from: "2026-03-08", to: "2026-03-08", tz: "America/New_York" },
    "hour",
  ],
  [
    "hours of the New York fall-back day (25, two 01:00s)",
    { range: "custom", from: "2025-11-02", to: "2025-11-02", tz: "America/New_York" },
    "hour",
  ],
  [
    "hours of a Kolkata day (starting at :30 UTC)",
    { range: "custom", from: "2026-03-01", to: "2026-03-02", tz: "Asia/Kolkata" },
    "hour",
  ],
  [
    "hours of the Lord Howe Island fall-back day (half an hour back, a half hour twice)",
    { range: "custom", from: "2025-04-06", to: "2025-04-06", tz: "Australia/Lord_Howe" },
    "hour",
  ],
  [
    "hours of the Lord Howe Island spring-forward day (half an hour skipped)",
    { range: "custom", from: "2025-10-05", to: "2025-10-05", tz: "Australia/Lord_Howe" },
    "hour",
  ],
  [
    "hours of the Chatham Islands spring-forward day (offset +12:45 to +13:45)",
    { range: "custom", from: "2025-09-28", to: "2025-09-28", tz: "Pacific/Chatham" },
    "hour",
  ],
  [
    "days on Lord Howe Island across its October change",
    { range: "custom", from: "2025-09-20", to: "2025-10-10", tz: "Australia/Lord_Howe" },
    "day",
  ],
  ["days in New York across the change", { range: "30d", tz: "America/New_York" }, "day"],
  ["days in Kolkata, inbound", { range: "30d", tz: "Asia/Kolkata", direction: "inbound" }, "day"],
  ["weeks in Kolkata", { range: "90d", tz: "Asia/Kolkata" }, "week"],
  [
    "days in St. John's across its March change (-3:30 to -2:30)",
    { range: "custom", from: "2026-02-25", to: "2026-03-15", tz: "America/St_Johns" },
    "day",
  ],
  [
    "weeks in Berlin across two changes",
    { range: "custom", from: "2025-10-01", to: "2026-03-20", tz: "Europe/Berlin" },
    "week",
  ],
  ["days with a number search", { range: "90d", q: "+1415", status: ["completed"] }, "day"],
  ["days with no calls", { range: "custom", from: "2024-02-01", to: "2024-02-07" }, "day"],
];

describe.each(testDatabaseKinds())("time series on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);

  it.each(CASES)("call volume: %s", async (_name, patch, bucket) => {
    const { q } = fixture.query(patch);
    const volume = await getCallVolume(q, bucket);
    const calls = CALLS.filter((call) => matches(call, q));
    const expected = new Map<string, number>();
    for (const call of calls) {
      const key = `${referenceBucket(call.startTime, bucket, q.timeZone)} ${call.status}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const actual = new Map<string, number>();
    for (const row of volume.rows) {
      for (const status of volume.statuses) if (row[status] > 0) actual.set(`${row.bucket} ${status}`, row[status]);
    }
    expect(actual).toEqual(expected);
    // Every bucket appears once, in order, quiet ones included.
    const buckets = volume.rows.map((row) => row.bucket);
    expect(buckets).toEqual([...new Set(buckets)].sort());
    expect(buckets.length).toBeGreaterThan(0);
  });

  it("gives a spring-forward day 23 hour buckets and a fall-back day 25", async () => {
    const spring = await getCallVolume(fixture.query(CASES[0]![1]).q, "hour");
    const fall = await getCallVolume(fixture.query(CASES[1]![1]).q, "hour");
    expect([spring.rows.length, fall.rows.length]).toEqual([23, 25]);
  });

  it("starts the half hour Lord Howe Island repeats, and the one after the half hour it skips, at the change", async () => {
    const hours = async (day: string) => {
      const volume = await getCallVolume(
        fixture.query({ range: "custom", from: day, to: day, tz: "Australia/Lord_Howe" }).q,
        "hour",
      );
      return volume.rows.map((row) => row.bucket);
    };
    // 02:00 (+11:00) becomes 01:30 (+10:30) at 15:00 UTC: 01:00, then 01:30 again, then 02:00.
    expect((await hours("2025-04-06")).slice(0, 4)).toEqual([
      "2025-04-05T13:00:00.000Z",
      "2025-04-05T14:00:00.000Z",
      "2025-04-05T15:00:00.000Z",
      "2025-04-05T15:30:00.000Z",
    ]);
    // 02:00 (+10:30) becomes 02:30 (+11:00) at 15:30 UTC: 24 buckets in a day of 23.5 hours.
    const spring = await hours("2025-10-05");
    expect(spring.slice(0, 4)).toEqual([
      "2025-10-04T13:30:00.000Z",
      "2025-10-04T14:30:00.000Z",
      "2025-10-04T15:30:00.000Z",
      "2025-10-04T16:00:00.000Z",
    ]);
    expect(spring).toHaveLength(24);
  });

  it.each(CASES)("cost over time: %s", async (_name, patch, bucket) => {
    const { q } = fixture.query(patch);
    const cost = await getCostOverTime(q, bucket);
    const byBucket = new Map<string, Map<string, number>>();
    for (const call of CALLS.filter((c) => matches(c, q))) {
      const key = referenceBucket(call.startTime, bucket, q.timeZone);
      const costs = referenceCost([call]);
      const entry = byBucket.get(key) ?? new Map<string, number>();
      for (const [currency, amount] of costs) entry.set(currency, (entry.get(currency) ?? 0) + amount);
      byBucket.set(key, entry);
    }
    // Every bucket either side has, so a call whose bucket the chart lacks shows as a difference.
    const rows = new Map(cost.rows.map((row) => [row.bucket, row]));
    for (const bucket of new Set([...rows.keys(), ...byBucket.keys()])) {
      for (const { currency } of cost.totals) {
        expect(Number(rows.get(bucket)?.[currency] ?? 0)).toBeCloseTo(byBucket.get(bucket)?.get(currency) ?? 0, 5);
      }
    }
    const totals = referenceCost(CALLS.filter((c) => matches(c, q)));
    expect(cost.totals.map((t) => t.currency).sort()).toEqual([...totals.keys()].sort());
  });
});

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
    for (const row of cost.rows) {
      for (const { currency } of cost.totals) {
        expect(Number(row[currency])).toBeCloseTo(byBucket.get(row.bucket)?.get(currency) ?? 0, 5);
      }
    }
    const totals = referenceCost(CALLS.filter((c) => matches(c, q)));
    expect(cost.totals.map((t) => t.currency).sort()).toEqual([...totals.keys()].sort());
  });
});

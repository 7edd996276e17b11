import { describe, expect, it } from "vitest";
import type { CallFilters } from "@/lib/filters";
import { CALLS, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { panelTotals } from "@/tests/analytics/panel-totals";
import { matches } from "@/tests/analytics/reference";
import { testDatabaseKinds } from "@/tests/helpers/test-database";

// Zones offset by 30 and 45 minutes, on the days they change their clocks and across them: hour,
// day and week buckets (each range's own, as the page picks it).
const ZONES = ["Asia/Kolkata", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham"];
const RANGES: [string, Partial<CallFilters>][] = [
  ["the April 2025 change day", { range: "custom", from: "2025-04-06", to: "2025-04-06" }],
  ["the Chatham September 2025 change day", { range: "custom", from: "2025-09-28", to: "2025-09-28" }],
  ["the Lord Howe October 2025 change day", { range: "custom", from: "2025-10-05", to: "2025-10-05" }],
  ["two days around it", { range: "custom", from: "2025-10-04", to: "2025-10-05" }],
  ["September and October 2025", { range: "custom", from: "2025-09-01", to: "2025-10-31" }],
  ["April 2025 to March 2026", { range: "custom", from: "2025-04-01", to: "2026-03-20" }],
  ["the last 30 days", { range: "30d" }],
];
const CASES = ZONES.flatMap((tz) =>
  RANGES.map(([name, patch]): [string, Partial<CallFilters>] => [`${tz}, ${name}`, { ...patch, tz }]),
);

describe.each(testDatabaseKinds())("every panel adds up to the key figures on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);

  it.each(CASES)("%s", async (_name, patch) => {
    const { q, range } = fixture.query(patch);
    const { kpis, panels } = await panelTotals(q, range);
    expect(kpis.calls).toBe(CALLS.filter((call) => matches(call, q)).length);
    expect(kpis.calls).toBeGreaterThan(0);
    expect(panels).toEqual({
      callsOverTime: kpis.calls,
      costOverTime: kpis.cost,
      direction: kpis.calls,
      answeredByDirection: kpis.answered,
      busiestHours: kpis.calls,
      countries: kpis.calls,
      numberTypes: kpis.calls,
      numbersCalled: kpis.calls,
      numbersCalling: kpis.calls,
      answeredDurations: kpis.answered,
      // Machine detection labels only some answered calls.
      machineDetection: expect.toSatisfy((count: number) => count <= kpis.answered),
    });
  });
});

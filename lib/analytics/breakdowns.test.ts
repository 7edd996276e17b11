import { describe, expect, it } from "vitest";
import type { CallFilters } from "@/lib/filters";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import { getAnsweredBy } from "./get-answered-by";
import { getBusiestHours } from "./get-busiest-hours";
import { getCountries } from "./get-countries";
import { getDirectionSplit } from "./get-direction-split";
import { DURATION_BINS } from "@/lib/rollups";
import { getDurationDistribution } from "./get-duration-distribution";
import { getNumberTypes } from "./get-number-types";
import { getTopNumbers } from "./get-top-numbers";
import type { FixtureCall } from "@/tests/analytics/build-calls";
import { CALLS, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { countBy, localParts, matches, totalBy } from "@/tests/analytics/reference";

const FILTERS: [string, Partial<CallFilters>][] = [
  ["90 days in New York", { range: "90d", tz: "America/New_York" }],
  ["30 days in Kolkata, one account", { range: "30d", tz: "Asia/Kolkata", account: `AC${"2".repeat(32)}` }],
  ["30 days in Kathmandu (quarter-hour offset: read from calls)", { range: "30d", tz: "Asia/Kathmandu" }],
  ["outbound answered calls to a UK number", { range: "90d", direction: "outbound", status: ["completed"], q: "+44" }],
  ["an empty period", { range: "custom", from: "2024-05-01", to: "2024-05-02" }],
  // Months mostly inside the range are read as monthly sums minus the calls of the rest of the month.
  [
    "mid-December to late February in New York",
    { range: "custom", from: "2025-12-10", to: "2026-02-25", tz: "America/New_York" },
  ],
  [
    "mid-November to today: a whole quarter, a month and a part-month",
    { range: "custom", from: "2025-11-15", to: "2026-03-20", tz: "America/New_York" },
  ],
  [
    "inbound answered calls of one account, mid-December to late February",
    {
      range: "custom",
      from: "2025-12-10",
      to: "2026-02-25",
      direction: "inbound",
      status: ["completed"],
      account: `AC${"1".repeat(32)}`,
    },
  ],
];

const inbound = (call: FixtureCall) => call.direction === "inbound" || call.direction === "trunking-originating";
const sorted = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

describe.each(testDatabaseKinds())("breakdowns on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);
  const filtered = (patch: Partial<CallFilters>) => {
    const { q } = fixture.query(patch);
    return { q, calls: CALLS.filter((call) => matches(call, q)) };
  };

  it.each(FILTERS)("inbound vs outbound: %s", async (_name, patch) => {
    const { q, calls } = filtered(patch);
    const side = (wanted: boolean) => calls.filter((call) => inbound(call) === wanted);
    expect(await getDirectionSplit(q)).toEqual(
      [true, false].map((isInbound) => ({
        direction: isInbound ? "inbound" : "outbound",
        calls: side(isInbound).length,
        answered: side(isInbound).filter((call) => call.status === "completed").length,
        durationSeconds: side(isInbound).reduce((total, call) => total + (call.duration ?? 0), 0),
      })),
    );
  });

  it.each(FILTERS)("duration distribution: %s", async (_name, patch) => {
    const { q, calls } = filtered(patch);
    const binOf = (seconds: number) => DURATION_BINS.findLastIndex((bin) => seconds >= bin.from);
    const counts = countBy(
      calls.filter((call) => call.status === "completed"),
      (call) => binOf(call.duration ?? 0),
    );
    const bins = await getDurationDistribution(q);
    expect(bins.map((bin) => bin.count)).toEqual(DURATION_BINS.map((_bin, index) => counts.get(index) ?? 0));
  });

  it.each(FILTERS)("busiest hours in the zone: %s", async (_name, patch) => {
    const { q, calls } = filtered(patch);
    const counts = countBy(calls, (call) => {
      const { weekday, hour } = localParts(call.startTime, q.timeZone);
      return `${weekday} ${hour}`;
    });
    const cells = await getBusiestHours(q);
    expect(new Map(cells.map((cell) => [`${cell.weekday} ${cell.hour}`, cell.value]))).toEqual(counts);
  });

  it.each(FILTERS)("top numbers, countries, number types and answered-by: %s", async (_name, patch) => {
    const { q, calls } = filtered(patch);
    const top = await getTopNumbers(q, 100);
    expect(sorted(top.called, (r) => r.number).map((r) => [r.number, r.calls])).toEqual(
      [...countBy(calls, (call) => call.to)].sort(([a], [b]) => a.localeCompare(b)),
    );
    expect(new Map(top.calling.map((r) => [r.number, r.calls]))).toEqual(countBy(calls, (call) => call.from));
    const seconds = (party: "from" | "to") =>
      totalBy(
        calls,
        (call) => call[party],
        (call) => call.duration ?? 0,
      );
    expect(new Map(top.called.map((r) => [r.number, r.durationSeconds]))).toEqual(seconds("to"));
    expect(new Map(top.calling.map((r) => [r.number, r.durationSeconds]))).toEqual(seconds("from"));
    expect(top.called.map((r) => r.calls)).toEqual([...top.called.map((r) => r.calls)].sort((a, b) => b - a));

    const countries = await getCountries(q, 100);
    expect(new Map(countries.map((r) => [r.country, r.calls]))).toEqual(
      countBy(calls, (call) => (inbound(call) ? call.fromCountry : call.toCountry)),
    );

    const numberTypes = await getNumberTypes(q);
    expect(new Map(numberTypes.map((r) => [r.numberType, r.calls]))).toEqual(
      countBy(calls, (call) => (inbound(call) ? call.fromNumberType : call.toNumberType)),
    );
    expect(numberTypes.map((r) => r.calls)).toEqual([...numberTypes.map((r) => r.calls)].sort((a, b) => b - a));

    const answeredBy = await getAnsweredBy(q);
    const expected = countBy(
      calls.filter((call) => call.answeredBy !== null),
      (call) => call.answeredBy,
    );
    expect(new Map(answeredBy.map((r) => [r.answeredBy, r.calls]))).toEqual(expected);
  });

  it("limits top lists to the busiest few", async () => {
    const top = await getTopNumbers(fixture.query({ range: "90d" }).q, 2);
    expect(top.called).toHaveLength(2);
  });
});

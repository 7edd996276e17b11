import { describe, expect, it } from "vitest";
import { hourSplitFor, offsetSpans } from "./zone-offsets";

const year2026 = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") };

describe("zone offsets over a period", () => {
  it("finds the instants New York changes its clocks", () => {
    expect(offsetSpans("America/New_York", year2026)).toEqual([
      { until: new Date("2026-03-08T07:00:00Z"), minutes: -300 },
      { until: new Date("2026-11-01T06:00:00Z"), minutes: -240 },
      { until: null, minutes: -300 },
    ]);
  });

  it("keeps one span for a zone without daylight saving, and for a period between changes", () => {
    expect(offsetSpans("Asia/Kolkata", year2026)).toEqual([{ until: null, minutes: 330 }]);
    expect(
      offsetSpans("Europe/Berlin", { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }),
    ).toEqual([{ until: null, minutes: 120 }]);
  });

  it("finds a half-hour change (Lord Howe Island) to the second", () => {
    expect(offsetSpans("Australia/Lord_Howe", year2026)).toEqual([
      { until: new Date("2026-04-04T15:00:00Z"), minutes: 660 },
      { until: new Date("2026-10-03T15:30:00Z"), minutes: 630 },
      { until: null, minutes: 660 },
    ]);
  });

  it("splits rollup hours only as finely as the zone's offsets need", () => {
    expect(hourSplitFor("America/New_York", year2026)).toBe("whole");
    expect(hourSplitFor("Asia/Kolkata", year2026)).toBe("halves");
    expect(hourSplitFor("America/St_Johns", year2026)).toBe("halves");
    expect(hourSplitFor("Asia/Kathmandu", year2026)).toBeNull();
  });
});

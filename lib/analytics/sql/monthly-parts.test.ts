import { describe, expect, it } from "vitest";
import { monthlyParts } from "./monthly-parts";

const at = (iso: string) => new Date(iso);
const period = (start: string, end: string) => ({ start: at(start), end: at(end) });
const ALWAYS = period("1970-01-01T00:00:00Z", "2100-01-01T00:00:00Z");

describe("monthlyParts", () => {
  it("reads a year ending today as twelve monthly sums minus the rest of this month", () => {
    const parts = monthlyParts(
      period("2025-11-30T05:00:00Z", "2026-11-30T05:00:00Z"),
      period("1970-01-01T00:00:00Z", "2026-12-01T00:00:00Z"),
    );
    expect(parts.months.map((month) => month.toISOString().slice(0, 7))).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(parts.add).toEqual([period("2025-11-30T05:00:00Z", "2025-12-01T00:00:00Z")]);
    expect(parts.subtract).toEqual([period("2026-11-30T05:00:00Z", "2026-12-01T00:00:00Z")]);
  });

  it("reads a short range from its calls", () => {
    const range = period("2026-03-10T00:00:00Z", "2026-03-17T00:00:00Z");
    expect(monthlyParts(range, ALWAYS)).toEqual({ months: [], add: [range], subtract: [] });
  });

  it("takes both ends of a month out when the range sits inside most of it", () => {
    const parts = monthlyParts(period("2026-03-02T00:00:00Z", "2026-03-30T00:00:00Z"), ALWAYS);
    expect(parts).toEqual({
      months: [at("2026-03-01T00:00:00Z")],
      add: [],
      subtract: [
        period("2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z"),
        period("2026-03-30T00:00:00Z", "2026-04-01T00:00:00Z"),
      ],
    });
  });

  it("reads calls for months not counted, in one stretch each side", () => {
    const parts = monthlyParts(
      period("2025-11-01T00:00:00Z", "2026-05-01T00:00:00Z"),
      period("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z"),
    );
    expect(parts.months).toEqual([at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z")]);
    expect(parts.add).toEqual([
      period("2025-11-01T00:00:00Z", "2026-01-01T00:00:00Z"),
      period("2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z"),
    ]);
    expect(parts.subtract).toEqual([]);
  });

  it("reads nothing for an empty range", () => {
    expect(monthlyParts(period("2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z"), ALWAYS)).toEqual({
      months: [],
      add: [],
      subtract: [],
    });
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_CALL_FILTERS, type CallFilters } from "./url-filters";
import { bucketFor, resolveRange } from "./resolve-range";

const filters = (patch: Partial<CallFilters>): CallFilters => ({ ...DEFAULT_CALL_FILTERS, ...patch });
const iso = (date: Date) => date.toISOString();

describe("resolveRange", () => {
  it("covers the last 7 local days through a spring-forward change, ending at local midnight", () => {
    const now = new Date("2026-03-10T15:00:00Z"); // Tuesday 11:00 EDT
    const range = resolveRange(filters({ range: "7d", tz: "America/New_York" }), now);
    expect([range.from, range.to, range.days]).toEqual(["2026-03-04", "2026-03-10", 7]);
    expect(iso(range.start)).toBe("2026-03-04T05:00:00.000Z");
    expect(iso(range.end)).toBe("2026-03-11T04:00:00.000Z");
    expect(iso(range.previous.start)).toBe("2026-02-25T05:00:00.000Z");
    // Still running, so the previous week stops at the same local time: 11:00 EST.
    expect(iso(range.previous.end)).toBe("2026-03-03T16:00:00.000Z");
    expect(range.bucket).toBe("day");
  });

  it("gives the spring-forward day 23 hours and the fall-back day 25", () => {
    const tz = "America/New_York";
    const spring = resolveRange(filters({ range: "today", tz }), new Date("2026-03-08T17:00:00Z"));
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    expect(iso(spring.previous.start)).toBe("2026-03-07T05:00:00.000Z");
    expect(iso(spring.previous.end)).toBe("2026-03-07T18:00:00.000Z");
    const fall = resolveRange(filters({ range: "today", tz }), new Date("2026-11-01T17:00:00Z"));
    expect(iso(fall.start)).toBe("2026-11-01T04:00:00.000Z");
    expect(fall.end.getTime() - fall.start.getTime()).toBe(25 * 3_600_000);
    expect(fall.bucket).toBe("hour");
  });

  it("uses the filter's time zone to decide which day is today", () => {
    const now = new Date("2026-03-10T02:00:00Z");
    expect(resolveRange(filters({ range: "today", tz: "America/New_York" }), now).from).toBe("2026-03-09");
    expect(resolveRange(filters({ range: "today", tz: "Asia/Tokyo" }), now).from).toBe("2026-03-10");
  });

  it("runs this month from the 1st to today, compared with as many days before it", () => {
    const range = resolveRange(filters({ range: "month" }), new Date("2026-03-10T15:00:00Z"));
    expect([range.from, range.to, range.days]).toEqual(["2026-03-01", "2026-03-10", 10]);
    expect(iso(range.previous.start)).toBe("2026-02-19T00:00:00.000Z");
    expect(iso(range.previous.end)).toBe("2026-02-28T15:00:00.000Z");
  });

  it("compares a finished custom range with the whole period before it", () => {
    const range = resolveRange(
      filters({ range: "custom", from: "2026-01-01", to: "2026-01-31" }),
      new Date("2026-03-10T15:00:00Z"),
    );
    expect(iso(range.start)).toBe("2026-01-01T00:00:00.000Z");
    expect(iso(range.end)).toBe("2026-02-01T00:00:00.000Z");
    expect(iso(range.previous.start)).toBe("2025-12-01T00:00:00.000Z");
    expect(range.previous.end).toEqual(range.start);
  });

  it("defaults to the last 30 days", () => {
    const range = resolveRange(DEFAULT_CALL_FILTERS, new Date("2026-03-10T15:00:00Z"));
    expect([range.from, range.to, range.bucket]).toEqual(["2026-02-09", "2026-03-10", "day"]);
  });
});

describe("bucketFor", () => {
  it("picks hours up to 2 days, days up to 90, then weeks", () => {
    expect([1, 2, 3, 90, 91, 1000].map(bucketFor)).toEqual(["hour", "hour", "day", "day", "week", "week"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  addIsoDays,
  canonicalTimeZone,
  daysBetween,
  isIsoDate,
  shiftZonedDays,
  zonedDate,
  zonedMidnight,
} from "./zoned-time";

describe("calendar dates", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("0999-01-01")).toBe(false);
    expect(isIsoDate("2026-3-1")).toBe(false);
  });

  it("adds and counts days across month and year ends", () => {
    expect(addIsoDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addIsoDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2026-03-31", "2026-03-01")).toBe(-30);
  });
});

describe("canonicalTimeZone", () => {
  it("canonicalises known zones and refuses the rest", () => {
    expect(canonicalTimeZone("america/new_york")).toBe("America/New_York");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus_Mons")).toBeNull();
    expect(canonicalTimeZone("+02:00")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
  });
});

describe("zonedMidnight", () => {
  it("follows the offset in force on each side of US daylight saving changes", () => {
    expect(zonedMidnight("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(zonedMidnight("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(zonedMidnight("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(zonedMidnight("2026-11-02", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
  });

  it("starts the day at 01:00 where DST skips midnight", () => {
    expect(zonedMidnight("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });

  it("takes the first of two midnights where DST repeats it", () => {
    expect(zonedMidnight("2026-11-01", "America/Havana").toISOString()).toBe("2026-11-01T04:00:00.000Z");
  });

  it("handles zones ahead of UTC and half-hour offsets", () => {
    expect(zonedMidnight("2026-03-10", "Asia/Tokyo").toISOString()).toBe("2026-03-09T15:00:00.000Z");
    expect(zonedMidnight("2026-03-10", "Asia/Kolkata").toISOString()).toBe("2026-03-09T18:30:00.000Z");
  });
});

describe("zonedDate and shiftZonedDays", () => {
  it("reads the local calendar date", () => {
    const instant = new Date("2026-03-10T02:00:00Z");
    expect(zonedDate(instant, "America/New_York")).toBe("2026-03-09");
    expect(zonedDate(instant, "Asia/Tokyo")).toBe("2026-03-10");
  });

  it("keeps the wall-clock time across a DST change", () => {
    const tuesday = new Date("2026-03-10T15:00:00.250Z"); // 11:00:00.250 EDT
    expect(shiftZonedDays(tuesday, -7, "America/New_York").toISOString()).toBe("2026-03-03T16:00:00.250Z");
  });

  it("lands on the earlier reading of a repeated hour", () => {
    const afterFallBack = new Date("2026-11-02T06:30:00Z"); // 01:30 EST
    expect(shiftZonedDays(afterFallBack, -1, "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });
});

import { describe, expect, it } from "vitest";
import { agrees } from "./compare";
import type { DayFigures, Figures } from "./figures";
import { usageWindow } from "./settled";

const figures: Figures = { calls: 40, minutes: 95, callPrice: 1.234, messages: 12, messagePrice: 0.0948 };
const day = (imported: Partial<Figures>, pricesSettled = true): DayFigures => ({
  day: new Date("2026-11-20T00:00:00Z"),
  imported: { ...figures, ...imported },
  usage: figures,
  pricesSettled,
});

describe("a day's comparison", () => {
  it("needs counts and minutes to agree exactly", () => {
    expect(agrees(day({}))).toBe(true);
    expect(agrees(day({ calls: 39 }))).toBe(false);
    expect(agrees(day({ minutes: 96 }))).toBe(false);
    expect(agrees(day({ messages: 13 }))).toBe(false);
  });

  it("compares prices within half a cent once every record is priced, not before", () => {
    expect(agrees(day({ callPrice: 1.238 }))).toBe(true);
    expect(agrees(day({ callPrice: 1.24 }))).toBe(false);
    expect(agrees(day({ messagePrice: 0.0848 }))).toBe(false);
    // A late price: the usage already has it, the imported call not yet.
    expect(agrees(day({ callPrice: 1.0 }, false))).toBe(true);
    expect(agrees(day({ callPrice: 1.0, calls: 39 }, false))).toBe(false);
  });
});

describe("settled days", () => {
  const sync = (asOf: string) => ({
    usageDailyFrom: new Date("2026-11-01T00:00:00Z"),
    usageDailyUntil: new Date("2026-12-08T00:00:00Z"),
    usageAsOf: new Date(asOf),
  });

  it("are the days that ended a full day before the usage was read", () => {
    // Read on Dec 7 at 10:00: Dec 5 ended 34 h before, Dec 6 only 10 h before.
    expect(usageWindow(sync("2026-12-07T10:00:00Z"))?.settledUntil.toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(usageWindow(sync("2026-12-07T00:00:00Z"))?.settledUntil.toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(usageWindow(sync("2026-12-06T23:59:59Z"))?.settledUntil.toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(usageWindow({ ...sync("2026-12-07T10:00:00Z"), usageAsOf: null })).toBeNull();
  });
});

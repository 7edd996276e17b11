import { describe, expect, it } from "vitest";
import { monthStart } from "@/lib/time";
import { calendarParts, type CalendarPart } from "./calendar-parts";

const at = (day: string) => new Date(`${day}T00:00:00Z`);
const period = (start: string, end: string) => ({ start: at(start), end: at(end) });
const ALWAYS = period("1970-01-01", "2100-01-01");

/** Parts as short strings: "+Y2026", "-Q2026-10", "+M2025-12", "+2025-12-01..2025-12-08". */
const show = (parts: CalendarPart[]) =>
  parts.map((part) => {
    const sign = part.sign === 1 ? "+" : "-";
    if ("days" in part)
      return `${sign}${part.days.start.toISOString().slice(0, 10)}..${part.days.end.toISOString().slice(0, 10)}`;
    const letter = part.months === 12 ? "Y" : part.months === 3 ? "Q" : "M";
    return `${sign}${letter}${part.start.toISOString().slice(0, part.months === 12 ? 4 : 7)}`;
  });

describe("calendarParts", () => {
  it("reads the last 365 days as last December less its first week, and this year's sums", () => {
    const data = period("2024-06-03", "2026-12-08");
    expect(show(calendarParts(period("2025-12-08", "2026-12-08"), data))).toEqual([
      "+M2025-12",
      "-2025-12-01..2025-12-08",
      "+Y2026",
    ]);
  });

  it("takes what lies past the data out only where there is some", () => {
    // Without data after mid-March, this year is its sums; with it, the sums less the rest.
    expect(show(calendarParts(period("2026-01-01", "2026-02-21"), period("2025-01-01", "2026-03-20")))).toEqual([
      "+Y2026",
      "-2026-02-21..2026-03-01",
      "-M2026-03",
    ]);
    expect(show(calendarParts(period("2026-01-01", "2026-03-20"), period("2025-01-01", "2026-03-20")))).toEqual([
      "+Y2026",
    ]);
  });

  it("reads short spans as days, and whole units as their own sums", () => {
    expect(show(calendarParts(period("2026-03-10", "2026-03-17"), ALWAYS))).toEqual(["+2026-03-10..2026-03-17"]);
    expect(show(calendarParts(period("2025-10-01", "2026-02-01"), ALWAYS))).toEqual(["+Q2025-10", "+M2026-01"]);
    // Two months of a quarter: the quarter less its third month.
    expect(show(calendarParts(period("2026-01-01", "2026-03-01"), ALWAYS))).toEqual(["+Q2026-01", "-M2026-03"]);
    expect(calendarParts(period("2026-03-01", "2026-03-01"), ALWAYS)).toEqual([]);
  });

  it("reads a unit whose sums may not be used one level down", () => {
    const notMarch = (months: number, start: Date) =>
      !(start <= at("2026-03-01") && at("2026-03-01") < monthStart(start, months));
    expect(
      show(calendarParts(period("2025-12-08", "2026-12-08"), period("2024-06-03", "2026-12-08"), notMarch)),
    ).toEqual([
      "+M2025-12",
      "-2025-12-01..2025-12-08",
      "+M2026-01",
      "+M2026-02",
      "+2026-03-01..2026-04-01",
      "+Q2026-04",
      "+Q2026-07",
      "+Q2026-10",
    ]);
  });
});

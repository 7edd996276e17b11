import { describe, expect, it } from "vitest";
import { withMonths, withoutSpan, type Coverage } from "./monthly-coverage";

const at = (month: string) => new Date(`${month}-01T00:00:00Z`);
const coverage = (from: string | null, until: string | null): Coverage => ({
  from: from ? at(from) : null,
  until: until ? at(until) : null,
});
const span = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const month = (start: string, end: string) => ({ start: at(start), end: at(end) });

describe("monthly stats coverage", () => {
  it("drops every month an import touches, even in part", () => {
    expect(withoutSpan(coverage(null, "2026-12"), span("2026-11-28T00:00:00Z", "2026-11-30T00:00:00Z"))).toEqual(
      coverage(null, "2026-11"),
    );
    expect(withoutSpan(coverage(null, "2026-12"), span("2026-10-31T00:00:00Z", "2026-11-02T00:00:00Z"))).toEqual(
      coverage(null, "2026-10"),
    );
  });

  it("keeps the newer stretch when the import falls in the middle", () => {
    expect(withoutSpan(coverage("2025-01", "2026-12"), span("2025-06-03T00:00:00Z", "2025-07-01T00:00:00Z"))).toEqual(
      coverage("2025-07", "2026-12"),
    );
  });

  it("leaves coverage alone outside the import, and empties it when all is touched", () => {
    expect(withoutSpan(coverage("2026-03", "2026-06"), span("2026-07-01T00:00:00Z", "2026-07-05T00:00:00Z"))).toEqual(
      coverage("2026-03", "2026-06"),
    );
    expect(withoutSpan(coverage("2026-03", "2026-06"), span("2026-01-01T00:00:00Z", "2026-08-01T00:00:00Z"))).toEqual(
      coverage(null, null),
    );
  });

  it("grows by rebuilt months that join it, in any order", () => {
    expect(withMonths(coverage(null, null), [month("2026-11", "2026-12")])).toEqual(coverage("2026-11", "2026-12"));
    expect(
      withMonths(coverage("2026-11", "2026-12"), [month("2026-09", "2026-10"), month("2026-10", "2026-11")]),
    ).toEqual(coverage("2026-09", "2026-12"));
    expect(withMonths(coverage(null, "2026-11"), [month("2026-11", "2026-12")])).toEqual(coverage(null, "2026-12"));
  });

  it("does not count a month that leaves a gap", () => {
    expect(withMonths(coverage("2026-11", "2026-12"), [month("2026-08", "2026-09")])).toEqual(
      coverage("2026-11", "2026-12"),
    );
  });
});

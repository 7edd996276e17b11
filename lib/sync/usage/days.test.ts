import { describe, expect, it } from "vitest";
import { consecutiveRuns, monthChunks } from "./days";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const spans = (ranges: { first: Date; last: Date }[]) =>
  ranges.map((r) => `${r.first.toISOString().slice(0, 10)}..${r.last.toISOString().slice(0, 10)}`);

describe("usage days", () => {
  it("cuts a range at month ends, oldest first, the last chunk ending on the range's last day", () => {
    expect(spans(monthChunks({ first: day("2026-01-20"), last: day("2026-03-05") }))).toEqual([
      "2026-01-20..2026-01-31",
      "2026-02-01..2026-02-28",
      "2026-03-01..2026-03-05",
    ]);
    expect(spans(monthChunks({ first: day("2026-12-07"), last: day("2026-12-07") }))).toEqual([
      "2026-12-07..2026-12-07",
    ]);
  });

  it("groups sorted days into runs of consecutive ones", () => {
    const days = ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-09", "2026-03-11", "2026-03-12"].map(day);
    expect(spans(consecutiveRuns(days))).toEqual([
      "2026-02-27..2026-03-01",
      "2026-03-09..2026-03-09",
      "2026-03-11..2026-03-12",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { formatsFor } from "@/lib/format";

const { formatNumber, formatPercent } = formatsFor("en-US");
import { describeShares, describeTotalAndPeak, listLabels } from "./summaries";

describe("chart summaries", () => {
  it("lists series names as a sentence", () => {
    expect(listLabels(["Completed", "Busy", "Failed"])).toBe("Completed, Busy, and Failed");
  });

  it("gives the total and the peak", () => {
    const points = [
      { label: "Mar 4", value: 10 },
      { label: "Mar 5", value: 300 },
      { label: "Mar 6", value: 924 },
    ];
    expect(describeTotalAndPeak(points, formatNumber)).toBe("Total 1,234; highest Mar 6 with 924.");
    expect(describeTotalAndPeak([], formatNumber)).toBe("No data in this period.");
  });

  it("gives every share", () => {
    const points = [
      { label: "Inbound", value: 600 },
      { label: "Outbound", value: 400 },
    ];
    expect(describeShares(points, formatNumber, formatPercent)).toBe("Inbound 60% (600), Outbound 40% (400).");
  });
});

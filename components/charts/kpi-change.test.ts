import { describe, expect, it } from "vitest";
import { formatsFor } from "@/lib/format";
import { describeChange } from "./kpi-change";

const { formatSigned } = formatsFor("en-US");

describe("describeChange", () => {
  it("shows a relative change, green when the move is welcome", () => {
    expect(describeChange(formatSigned, 1123, 1000, "number")).toEqual({
      text: "+12.3% vs previous period",
      tone: "good",
      arrow: "▲",
    });
    expect(describeChange(formatSigned, 900, 1000, "number")).toEqual({
      text: "-10% vs previous period",
      tone: "bad",
      arrow: "▼",
    });
  });

  it("flips the tone when lower is better", () => {
    expect(describeChange(formatSigned, 900, 1000, "currency", "down").tone).toBe("good");
    expect(describeChange(formatSigned, 1100, 1000, "duration", "down").tone).toBe("bad");
  });

  it("moves rates in points", () => {
    expect(describeChange(formatSigned, 0.5, 0.4, "percent").text).toBe("+10 pts vs previous period");
  });

  it("stays neutral without a previous value, a current value or a visible change", () => {
    for (const previous of [null, undefined, 0]) {
      expect(describeChange(formatSigned, 10, previous, "number")).toEqual({
        text: "no data for previous period",
        tone: "neutral",
        arrow: null,
      });
    }
    expect(describeChange(formatSigned, null, 10, "number").tone).toBe("neutral");
    expect(describeChange(formatSigned, 10_000.4, 10_000, "number").text).toBe("no change vs previous period");
  });

  it("measures against the size of a negative previous value", () => {
    expect(describeChange(formatSigned, -50, -100, "number").text).toBe("+50% vs previous period");
  });
});

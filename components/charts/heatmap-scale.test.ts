import { describe, expect, it } from "vitest";
import { formatsFor } from "@/lib/format";
import { heatmapCellLabel, heatmapLegend, heatmapLevel, heatmapMatrix, heatmapSummary } from "./heatmap-scale";

const { formatNumber } = formatsFor("en-US");

describe("heatmapMatrix", () => {
  it("fills a 7 × 24 grid, adding repeats and dropping cells off the grid", () => {
    const matrix = heatmapMatrix([
      { weekday: 1, hour: 14, value: 100 },
      { weekday: 1, hour: 14, value: 23 },
      { weekday: 7, hour: 0, value: 5 },
      { weekday: 0, hour: 24, value: 5 },
      { weekday: 0, hour: 1.5, value: 5 },
    ]);
    expect(matrix).toHaveLength(7);
    expect(matrix.every((row) => row.length === 24)).toBe(true);
    expect(matrix[1]?.[14]).toBe(123);
    expect(matrix.flat().reduce((a, b) => a + b)).toBe(123);
  });
});

describe("labels", () => {
  it("names the day, the hour span and the count", () => {
    expect(heatmapCellLabel(1, 14, 123, formatNumber)).toBe("Tuesday 14:00–15:00: 123 calls");
    expect(heatmapCellLabel(6, 23, 1, formatNumber)).toBe("Sunday 23:00–24:00: 1 call");
    expect(heatmapCellLabel(0, 0, 1234, formatNumber)).toBe("Monday 00:00–01:00: 1,234 calls");
  });

  it("summarises the total and the busiest hour", () => {
    const matrix = heatmapMatrix([
      { weekday: 1, hour: 14, value: 123 },
      { weekday: 4, hour: 9, value: 7 },
    ]);
    expect(heatmapSummary(matrix, formatNumber)).toBe("130 calls in total; busiest Tuesday 14:00–15:00: 123 calls.");
    expect(heatmapSummary(heatmapMatrix([]), formatNumber)).toBe("No calls in this period.");
    expect(heatmapSummary(matrix, formatNumber, "message")).toBe(
      "130 messages in total; busiest Tuesday 14:00–15:00: 123 messages.",
    );
    expect(heatmapCellLabel(6, 23, 1, formatNumber, "message")).toBe("Sunday 23:00–24:00: 1 message");
  });
});

describe("colour steps", () => {
  it("keeps zero apart and splits the rest into equal whole-number steps", () => {
    expect([0, 1, 25, 26, 99, 100].map((v) => heatmapLevel(v, 100))).toEqual([0, 1, 1, 2, 4, 4]);
    expect(heatmapLegend(100, formatNumber).map((entry) => entry.label)).toEqual([
      "0",
      "1–25",
      "26–50",
      "51–75",
      "76–100",
    ]);
  });

  it("leaves out steps that small counts cannot reach", () => {
    expect(heatmapLegend(2, formatNumber)).toEqual([
      { level: 0, label: "0" },
      { level: 1, label: "1" },
      { level: 2, label: "2" },
    ]);
    expect(heatmapLevel(2, 2)).toBe(2);
    expect(heatmapLegend(0, formatNumber)).toEqual([{ level: 0, label: "0" }]);
  });
});

import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./csv";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField('Smith, "Bob"\nJr')).toBe('"Smith, ""Bob""\nJr"');
    expect(csvField("plain")).toBe("plain");
  });

  it("writes numbers, instants and nulls as spreadsheets expect", () => {
    expect(csvLine([-0.0135, new Date("2026-03-01T10:00:00Z"), null, 0])).toBe(
      "-0.0135,2026-03-01T10:00:00.000Z,,0\r\n",
    );
  });

  it("keeps phone numbers but defuses formulas", () => {
    expect(csvField("+14155550100")).toBe("+14155550100");
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("-1+2")).toBe("'-1+2");
  });
});

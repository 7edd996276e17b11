import { describe, expect, it } from "vitest";
import { inQuarters } from "./readers";

const at = (iso: string) => new Date(iso);

describe("inQuarters", () => {
  it("reads whole calendar quarters from their own sums", () => {
    const months = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"].map((month) =>
      at(`${month}-01T00:00:00Z`),
    );
    expect(inQuarters(months)).toEqual({
      quarters: [at("2026-01-01T00:00:00Z")],
      months: [at("2025-12-01T00:00:00Z"), at("2026-04-01T00:00:00Z"), at("2026-05-01T00:00:00Z")],
    });
  });
});

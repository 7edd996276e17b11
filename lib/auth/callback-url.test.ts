import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeCallbackPath("/dashboard?range=7d")).toBe("/dashboard?range=7d");
    expect(safeCallbackPath("/connections")).toBe("/connections");
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", null, undefined])(
    "sends %s to the dashboard instead",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/dashboard");
    },
  );
});

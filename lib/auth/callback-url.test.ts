import { describe, expect, it } from "vitest";
import { isReadableCallbackUrl, safeCallbackPath, safeRedirectUrl } from "./callback-url";

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

  // Each of these normalises to a protocol-relative `//host`: checked before normalising, they passed.
  it.each(["/..//evil.example", "/%2e%2e//x", "/./%2e%2e//x", "/a/../..//evil.example", "/%2E%2E//x"])(
    "normalises %s before checking it, and refuses it",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/dashboard");
    },
  );

  it("returns the normalised path it checked", () => {
    expect(safeCallbackPath("/calls/../connections")).toBe("/connections");
  });
});

describe("safeRedirectUrl", () => {
  const base = "http://localhost:3000";
  it("keeps our own URLs and paths, and refuses anything that leaves the site", () => {
    expect(safeRedirectUrl(`${base}/calls?range=7d`, base)).toBe(`${base}/calls?range=7d`);
    expect(safeRedirectUrl("/connections", base)).toBe(`${base}/connections`);
    expect(safeRedirectUrl("https://evil.example/", base)).toBe(`${base}/dashboard`);
    expect(safeRedirectUrl(`${base}//evil.example`, base)).toBe(`${base}/dashboard`);
    expect(safeRedirectUrl("/%2e%2e//evil.example", base)).toBe(`${base}/dashboard`);
  });
});

describe("isReadableCallbackUrl", () => {
  it.each(["/dashboard?range=7d", "/", "https://evil.example/", "http://localhost:3000/calls"])(
    "lets next-auth read %s (where it leads is the redirect callback's to decide)",
    (value) => {
      expect(isReadableCallbackUrl(value)).toBe(true);
    },
  );

  it.each(["Z2", "javascript:alert(1)", "evil.example", "mailto:x@example.com", "ftp://example.com/"])(
    "stops %s, which next-auth would answer with a 500",
    (value) => {
      expect(isReadableCallbackUrl(value)).toBe(false);
    },
  );
});

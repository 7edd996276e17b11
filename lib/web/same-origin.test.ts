import { describe, expect, it } from "vitest";
import { clientAddress, isSameOriginRequest } from "./index";

const URL_ = "http://localhost:3000/api/connections/x/sync";
const check = (headers: Record<string, string>, publicUrl?: string) =>
  isSameOriginRequest(new Headers({ host: "localhost:3000", ...headers }), URL_, publicUrl);

describe("isSameOriginRequest", () => {
  it("accepts our own pages' requests", () => {
    expect(check({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(check({ origin: "http://localhost:3000" })).toBe(true);
    expect(check({ "sec-fetch-site": "same-origin" })).toBe(true);
  });

  it.each<[string, Record<string, string>]>([
    ["another port of localhost", { origin: "http://localhost:4000", "sec-fetch-site": "same-site" }],
    ["another port, Origin alone", { origin: "http://localhost:4000" }],
    ["another site", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }],
    ["a cross-site fetch that hides its Origin", { "sec-fetch-site": "cross-site" }],
    ["an opaque origin (sandboxed frame, file:)", { origin: "null" }],
    ["no browser marks at all", {}],
    ["a same-origin claim with a foreign Origin", { origin: "http://evil.example", "sec-fetch-site": "same-origin" }],
  ])("refuses %s", (_, headers) => {
    expect(check(headers)).toBe(false);
  });

  it("compares with the public URL when one is configured, not the Host header", () => {
    const publicUrl = "https://analytics.example.com";
    expect(check({ origin: "https://analytics.example.com", host: "internal:3000" }, publicUrl)).toBe(true);
    expect(check({ origin: "http://localhost:3000" }, publicUrl)).toBe(false);
  });

  it("follows the proxy's forwarded host when none is", () => {
    expect(check({ origin: "https://app.example", "x-forwarded-host": "app.example" })).toBe(true);
  });
});

describe("clientAddress", () => {
  it("takes the proxy's view: X-Real-IP, else the last forwarded hop", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.9", "x-forwarded-for": "1.1.1.1" }))).toBe(
      "203.0.113.9",
    );
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

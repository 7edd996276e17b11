import { describe, expect, it } from "vitest";
import { newNonce, securityHeaders } from "./index";

const directives = (csp: string) =>
  new Map(csp.split("; ").map((d): [string, string] => [d.split(" ")[0] ?? "", d.slice(d.indexOf(" ") + 1)]));

describe("securityHeaders", () => {
  const nonce = newNonce();
  const production = securityHeaders({ nonce, production: true, development: false });
  const csp = directives(production["Content-Security-Policy"]);

  it("lets scripts run only with this response's nonce", () => {
    expect(csp.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(production["Content-Security-Policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp.get("style-src")).toContain(`'nonce-${nonce}'`);
  });

  it("forbids framing, plugins and foreign form targets", () => {
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(production["X-Frame-Options"]).toBe("DENY");
  });

  it("sends HSTS in production only, and the other headers always", () => {
    expect(production["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    const test = securityHeaders({ nonce, production: false, development: false });
    expect(test).not.toHaveProperty("Strict-Transport-Security");
    expect(test).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin" });
    expect(test["Permissions-Policy"]).toContain("camera=()");
  });

  it("relaxes styles (never scripts) for dev mode's hot reload only", () => {
    const dev = directives(securityHeaders({ nonce, production: false, development: true })["Content-Security-Policy"]);
    expect(dev.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(dev.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval'`);
  });

  it("makes a new nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });
});

import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isValidTwilioSignature, publicRequestUrl } from "./signature";

const TOKEN = "0123456789abcdef0123456789abcdef";

// Twilio's scheme, written out independently: HMAC-SHA1 over the URL + sorted POST params.
function sign(url: string, params: Record<string, string>): string {
  const data =
    url +
    Object.keys(params)
      .sort()
      .map((key) => key + params[key])
      .join("");
  return createHmac("sha1", TOKEN).update(data).digest("base64");
}

describe("isValidTwilioSignature", () => {
  const url = "https://analytics.example.com/twilio/deauthorize";
  const params = { AccountSid: `AC${"a".repeat(32)}`, ConnectAppSid: `CN${"b".repeat(32)}` };

  it("accepts Twilio's signature and rejects any change to URL, params or token", () => {
    const signature = sign(url, params);
    expect(isValidTwilioSignature({ authToken: TOKEN, signature, url, params })).toBe(true);
    expect(isValidTwilioSignature({ authToken: TOKEN, signature, url: `${url}?x=1`, params })).toBe(false);
    expect(
      isValidTwilioSignature({
        authToken: TOKEN,
        signature,
        url,
        params: { ...params, AccountSid: `AC${"c".repeat(32)}` },
      }),
    ).toBe(false);
    expect(isValidTwilioSignature({ authToken: "f".repeat(32), signature, url, params })).toBe(false);
  });
});

describe("publicRequestUrl", () => {
  const internal = new Request("http://10.0.0.5:3000/twilio/deauthorize?AccountSid=AC1", {
    headers: { "x-forwarded-host": "analytics.example.com", "x-forwarded-proto": "https" },
  });

  it("prefers the configured public URL, keeping path and query", () => {
    expect(publicRequestUrl(internal, "https://app.example.org/")).toBe(
      "https://app.example.org/twilio/deauthorize?AccountSid=AC1",
    );
  });

  it("falls back to the proxy's forwarded host and scheme, then to the request itself", () => {
    expect(publicRequestUrl(internal, undefined)).toBe(
      "https://analytics.example.com/twilio/deauthorize?AccountSid=AC1",
    );
    expect(publicRequestUrl(new Request("http://localhost:3000/twilio/deauthorize"), undefined)).toBe(
      "http://localhost:3000/twilio/deauthorize",
    );
  });
});

import type twilio from "twilio";
import { describe, expect, it } from "vitest";
import { TwilioError } from "./errors";
import { fetchUsagePage, usageRecordsUrl } from "./usage-records";

const ACCOUNT = `AC${"0".repeat(32)}`;

/** A client whose every request answers `body` with `status`. */
const answering = (body: unknown, status = 200) =>
  ({
    request: async () => ({ statusCode: status, body: JSON.stringify(body), headers: {} }),
  }) as unknown as twilio.Twilio;

const record = (overrides: Record<string, unknown> = {}) => ({
  account_sid: ACCOUNT,
  api_version: "2010-04-01",
  as_of: "2026-12-07T10:00:00+00:00",
  category: "calls",
  count: "12",
  count_unit: "calls",
  description: "Voice Minutes",
  end_date: "2026-12-01",
  price: 0.34,
  price_unit: "usd",
  start_date: "2026-12-01",
  subresource_uris: {},
  uri: "/2010-04-01/…",
  usage: "31",
  usage_unit: "minutes",
  ...overrides,
});

describe("usage record pages", () => {
  it("asks for the account's own records of the days, a thousand a page", () => {
    const url = new URL(usageRecordsUrl("daily", ACCOUNT, { startDate: "2026-11-01", endDate: "2026-11-30" }));
    expect(url.pathname).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Usage/Records/Daily.json`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      StartDate: "2026-11-01",
      EndDate: "2026-11-30",
      IncludeSubaccounts: "false",
      PageSize: "1000",
    });
    expect(usageRecordsUrl("monthly", ACCOUNT, { startDate: "2025-01-01", endDate: "2025-06-30" })).toContain(
      "/Usage/Records/Monthly.json?",
    );
  });

  it("reads counts and usage as decimal strings, a price as a number or a numeric string, nulls as zero", async () => {
    const page = await fetchUsagePage(
      answering({
        usage_records: [
          record(),
          record({ category: "sms", price: "0.0079", count: "1", usage: "2" }),
          record({ category: "lookups", price: null, count: null, usage: null, as_of: null, price_unit: null }),
          record({ category: null }),
        ],
        next_page_uri: "/2010-04-01/next",
      }),
      "https://api.twilio.com/first",
    );
    expect(page.nextPageUrl).toBe("https://api.twilio.com/2010-04-01/next");
    expect(page.records).toEqual([
      expect.objectContaining({ category: "calls", count: "12", usage: "31", price: 0.34, startDate: "2026-12-01" }),
      expect.objectContaining({ category: "sms", price: 0.0079 }),
      expect.objectContaining({ category: "lookups", count: "0", usage: "0", price: 0, asOf: null, priceUnit: null }),
    ]);
    expect(page.records[0]?.asOf?.toISOString()).toBe("2026-12-07T10:00:00.000Z");
  });

  it.each([
    ["a count that is not a number", { count: "twelve" }],
    ["a price that is not a number", { price: "free" }],
    ["a day that is not a date", { start_date: "12/01/2026" }],
  ])("takes %s as Twilio's failure (502), not a crash", async (_, overrides) => {
    const failure = await fetchUsagePage(answering({ usage_records: [record(overrides)] }), "https://x").catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TwilioError);
    expect(failure).toMatchObject({ kind: "unavailable", status: 502 });
  });

  it("maps Twilio's refusals by kind: 404 not found, 401 revoked", async () => {
    const notFound = answering({ code: 20404, message: "not found", status: 404 }, 404);
    await expect(fetchUsagePage(notFound, "https://x")).rejects.toMatchObject({ kind: "not-found" });
    const revoked = answering({ code: 20003, message: "Authenticate", status: 401 }, 401);
    await expect(fetchUsagePage(revoked, "https://x")).rejects.toMatchObject({ isRevoked: true });
  });
});

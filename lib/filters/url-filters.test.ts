import { describe, expect, it } from "vitest";
import {
  callFiltersSchema,
  DEFAULT_CALL_FILTERS,
  normalizeNumberQuery,
  parseCallFilters,
  parseMessageFilters,
  messageFiltersSchema,
  serializeFilters,
  withFilters,
  type CallFilters,
  type SearchParamsRecord,
} from "./url-filters";
import { directionsFor, messageDirectionsFor } from "./options";

const now = new Date("2026-03-10T15:00:00Z");
const SID = `AC${"0123456789abcdef".repeat(2)}`;
const parse = (params: SearchParamsRecord) => parseCallFilters(params, now);

describe("parseCallFilters", () => {
  it("defaults everything when the URL has no filters", () => {
    expect(parse({})).toEqual(DEFAULT_CALL_FILTERS);
    expect(parse({ page: "2", range: "", q: "  " })).toEqual(DEFAULT_CALL_FILTERS);
  });

  it("reads a full, valid set", () => {
    const filters = parse({
      range: "custom",
      from: "2026-01-01",
      to: "2026-01-31",
      tz: "Europe/Paris",
      account: SID,
      direction: "outbound",
      status: "busy,completed,no-answer",
      q: " +1 (415) 555-0100 ",
    });
    expect(filters).toEqual({
      range: "custom",
      from: "2026-01-01",
      to: "2026-01-31",
      tz: "Europe/Paris",
      account: SID,
      direction: "outbound",
      status: ["completed", "busy", "no-answer"],
      q: "+14155550100",
      issues: [],
    });
    expect(callFiltersSchema.safeParse(filters).success).toBe(true);
  });

  it("canonicalises time zones and treats from+to as custom", () => {
    expect(parse({ tz: "america/new_york" }).tz).toBe("America/New_York");
    expect(parse({ from: "2026-02-01", to: "2026-02-10" })).toMatchObject({ range: "custom", from: "2026-02-01" });
    expect(parse({ range: "7d", from: "2026-02-01", to: "2026-02-10" })).not.toHaveProperty("from");
  });

  it("ignores a repeated parameter, saying so, rather than pick one of its values", () => {
    expect(parse({ range: ["7d", "90d"] })).toMatchObject({
      range: "30d",
      issues: ["range is given more than once"],
    });
    expect(parse({ status: ["busy", "failed"] })).toMatchObject({
      status: [],
      issues: [/status is given more than once/],
    });
    expect(parse({ account: [SID, SID] }).account).toBeUndefined();
  });

  it("reads only the parameters it knows, never Object's members", () => {
    expect(parse(JSON.parse('{"__proto__": {"range": "7d"}, "constructor": "x"}'))).toEqual(DEFAULT_CALL_FILTERS);
  });

  it.each<[string, SearchParamsRecord, Partial<CallFilters>, RegExp]>([
    ["range", { range: "yesterday" }, { range: "30d" }, /date range "yesterday" is not a known date range/],
    ["time zone", { tz: "Mars/Base" }, { tz: "UTC" }, /time zone "Mars\/Base" is not an IANA time zone/],
    ["UTC offset", { tz: "+02:00" }, { tz: "UTC" }, /time zone "\+02:00"/],
    ["account", { account: "AC123" }, { account: undefined }, /account "AC123" is not a Twilio Account SID/],
    ["account casing", { account: SID.toUpperCase() }, { account: undefined }, /is not a Twilio Account SID/],
    ["direction", { direction: "sideways" }, { direction: "all" }, /direction "sideways" is not inbound/],
    ["status", { status: "completed,bogus" }, { status: ["completed"] }, /status "bogus" is not a call status/],
    ["letters in q", { q: "alice" }, { q: undefined }, /number search "alice" may only hold digits/],
    ["long q", { q: "1".repeat(21) }, { q: undefined }, /is longer than 20 characters/],
    [
      "bad date",
      { range: "custom", from: "2026-02-30", to: "2026-03-01" },
      { range: "30d" },
      /start date "2026-02-30"/,
    ],
    ["custom without to", { range: "custom", from: "2026-02-01" }, { range: "30d" }, /needs a valid start and end/],
    [
      "reversed",
      { from: "2026-03-01", to: "2026-02-01" },
      { range: "30d" },
      /ends before it starts; showing last 30 days/,
    ],
    ["too long", { from: "2020-01-01", to: "2026-01-01" }, { range: "30d" }, /is longer than 3 years/],
    ["future", { from: "2026-03-11", to: "2026-03-12" }, { range: "30d" }, /starts in the future/],
  ])("ignores an invalid %s, saying so", (_name, params, expected, issue) => {
    const filters = parse(params);
    expect({ ...filters, issues: [] }).toEqual({ ...DEFAULT_CALL_FILTERS, ...expected });
    expect(filters.issues.join("\n")).toMatch(issue);
    expect(callFiltersSchema.safeParse(filters).success).toBe(true);
  });

  it("shortens absurdly long values in the issue", () => {
    const [issue] = parse({ direction: "x".repeat(500) }).issues;
    expect(issue?.length).toBeLessThan(100);
  });

  it("judges 'future' by the date in the chosen time zone", () => {
    // 15:00 UTC on the 10th is already the 11th in Auckland.
    expect(parse({ from: "2026-03-11", to: "2026-03-11", tz: "Pacific/Auckland" }).issues).toEqual([]);
  });
});

describe("serializeFilters", () => {
  it("leaves defaults out", () => {
    expect(serializeFilters(DEFAULT_CALL_FILTERS).toString()).toBe("");
    expect(serializeFilters({ ...DEFAULT_CALL_FILTERS, direction: "inbound" }).toString()).toBe("direction=inbound");
  });

  it.each<SearchParamsRecord>([
    {},
    { range: "7d", tz: "Asia/Kolkata" },
    { range: "custom", from: "2025-12-01", to: "2026-01-15", status: "failed,busy", q: "+4420" },
    { range: "month", account: SID, direction: "outbound", status: ["canceled"], q: "555" },
  ])("round-trips %o", (params) => {
    const filters = parse(params);
    expect(filters.issues).toEqual([]);
    expect(parse(Object.fromEntries(serializeFilters(filters)))).toEqual(filters);
  });

  it("encodes the leading + of a number search", () => {
    expect(serializeFilters({ ...DEFAULT_CALL_FILTERS, q: "+1415" }).toString()).toBe("q=%2B1415");
  });
});

describe("withFilters", () => {
  it("replaces filter params and keeps the others", () => {
    const current = new URLSearchParams("tab=calls&range=7d&status=busy&status=failed");
    const next = withFilters(current, { ...DEFAULT_CALL_FILTERS, direction: "inbound" });
    expect(next.toString()).toBe("tab=calls&direction=inbound");
    expect(current.toString()).toBe("tab=calls&range=7d&status=busy&status=failed");
  });

  it("goes back to the first page of the call log: the cursor belonged to the old filters", () => {
    const current = new URLSearchParams("connection=c1&sort=duration&order=desc&after=cursor1&status=busy");
    expect(withFilters(current, DEFAULT_CALL_FILTERS).toString()).toBe("connection=c1&sort=duration&order=desc");
    const back = new URLSearchParams("connection=c1&before=cursor2");
    expect(withFilters(back, { ...DEFAULT_CALL_FILTERS, q: "+44" }).toString()).toBe("connection=c1&q=%2B44");
  });
});

describe("normalizeNumberQuery", () => {
  it("strips separators and refuses what is not a number", () => {
    expect(normalizeNumberQuery(" +44 20-7946 0000 ")).toBe("+442079460000");
    expect(normalizeNumberQuery("")).toBe("");
    expect(normalizeNumberQuery("1+1")).toBeNull();
    expect(normalizeNumberQuery("bob")).toBeNull();
  });
});

describe("directionsFor", () => {
  it("maps outbound to both of Twilio's outbound kinds", () => {
    expect(directionsFor("inbound")).toEqual(["inbound", "trunking-originating"]);
    expect(directionsFor("outbound")).toEqual(["outbound-api", "outbound-dial", "trunking-terminating"]);
    expect(directionsFor("all")).toBeNull();
  });
});

describe("parseMessageFilters", () => {
  it("reads message statuses, and refuses call statuses", () => {
    const filters = parseMessageFilters({ status: "delivered,undelivered,no-answer", direction: "outbound" }, now);
    expect(filters.status).toEqual(["delivered", "undelivered"]);
    expect(filters.issues).toEqual(['status "no-answer" is not a message status']);
    expect(messageFiltersSchema.safeParse(filters).success).toBe(true);
    expect(parse({ status: "delivered" }).issues).toEqual(['status "delivered" is not a call status']);
  });

  it("maps sides to Twilio's message directions", () => {
    expect(messageDirectionsFor("inbound")).toEqual(["inbound"]);
    expect(messageDirectionsFor("outbound")).toEqual(["outbound-api", "outbound-reply", "outbound-call"]);
    expect(messageDirectionsFor("all")).toBeNull();
  });
});

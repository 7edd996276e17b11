import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { startTestSim, type TestSim } from "./helpers";
import {
  accountSchema,
  callSchema,
  errorSchema,
  listAccountResponse,
  listCallResponse,
  listMessageResponse,
  listUsageResponse,
  messageSchema,
} from "./twilio-schemas";

let t: TestSim;
let owner: string;
let auth: string;

beforeAll(async () => {
  t = await startTestSim();
  const user = await t.control.createUser({
    name: "Wire Tester",
    email: "wire@example.com",
    calls: 1500,
    messages: 300,
    subaccounts: 1,
  });
  owner = user.ownerAccountSid;
  const now = Date.parse((await t.control.state()).now);
  // Cover the nullable fields: a call still in progress and one not yet priced.
  await t.control.addCalls(owner, {
    calls: [
      { startTime: new Date(now - 20_000).toISOString(), duration: 900 },
      { status: "busy", duration: 4 },
    ],
  });
  // And messages still queued (no date_sent), failed (an error, never a price), on WhatsApp.
  await t.control.addMessages(owner, {
    messages: [{ status: "delivered" }, { status: "failed", createdAt: new Date(now - 60_000).toISOString() }],
  });
  await t.control.addMessages(owner, {
    messages: [{ status: "read", createdAt: new Date(now - 86_400_000).toISOString() }],
  });
  auth = `Basic ${Buffer.from(`${await t.connect("wire@example.com")}:${t.sim.config.authToken}`).toString("base64")}`;
});
afterAll(() => t.sim.close());

/** Raw JSON, not the SDK: the SDK would hide unknown or misspelled fields. */
async function get(path: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${t.sim.url}${path}`, { headers: { Authorization: auth } });
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
  expect(response.headers.get("twilio-concurrent-requests")).toMatch(/^[1-9]\d*$/);
  return { status: response.status, json: await response.json() };
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues.slice(0, 5), null, 2));
  return result.data;
}

describe("wire format matches Twilio's OpenAPI schemas", () => {
  it("Calls list and instance", async () => {
    const page = parse(listCallResponse, (await get(`/2010-04-01/Accounts/${owner}/Calls.json?PageSize=1000`)).json);
    expect(page.calls).toHaveLength(1000);
    expect(page.next_page_uri).toMatch(
      /^\/2010-04-01\/Accounts\/AC\w+\/Calls\.json\?PageSize=1000&Page=1&PageToken=PA/,
    );
    expect(page.calls.some((c) => c.status === "in-progress" && c.end_time === null && c.duration === null)).toBe(true);
    expect(page.calls.some((c) => c.price === null && c.status === "busy")).toBe(true);
    expect(page.calls.every((c) => c.price === null || c.price.startsWith("-") || c.price === "0.00000")).toBe(true);
    const first = page.calls[0];
    const one = parse(callSchema, (await get(`/2010-04-01/Accounts/${owner}/Calls/${first?.sid ?? ""}.json`)).json);
    expect(one).toEqual(first);
    const last = parse(listCallResponse, (await get(`${page.next_page_uri ?? ""}`)).json);
    expect(last.next_page_uri).toBeNull();
    expect(last.previous_page_uri).toMatch(/PageToken=PB/);
    expect([last.page, last.start, last.end]).toEqual([1, 1000, 1501]);
  });

  it("Messages list and instance", async () => {
    const page = parse(
      listMessageResponse,
      (await get(`/2010-04-01/Accounts/${owner}/Messages.json?PageSize=1000`)).json,
    );
    expect(page.messages).toHaveLength(303);
    const queued = page.messages[0];
    expect([queued?.status, queued?.date_sent, queued?.price, queued?.error_code]).toEqual([
      "queued",
      null,
      null,
      null,
    ]);
    const failed = page.messages.find((m) => m.status === "failed");
    expect([failed?.price, typeof failed?.error_code, typeof failed?.error_message]).toEqual([
      null,
      "number",
      "string",
    ]);
    expect(page.messages.some((m) => m.status === "read" && m.to?.startsWith("whatsapp:+"))).toBe(true);
    for (const message of [queued, failed])
      expect(parse(messageSchema, (await get(message?.uri ?? "")).json)).toEqual(message);
  });

  it("Accounts list and instance", async () => {
    const self = parse(listAccountResponse, (await get("/2010-04-01/Accounts.json")).json);
    expect(self.accounts.map((a) => a.friendly_name)).toEqual(["Call Analytics (demo)"]);
    await t.control.setFidelity({ accountsList: "tree" });
    const page = parse(listAccountResponse, (await get("/2010-04-01/Accounts.json")).json);
    await t.control.setFidelity("strict");
    expect(page.accounts).toHaveLength(3);
    const main = page.accounts.find((a) => a.sid === a.owner_account_sid);
    expect(main?.sid).toBe(owner);
    expect(parse(accountSchema, (await get(`/2010-04-01/Accounts/${owner}.json`)).json)).toEqual(main);
    const filtered = parse(
      listAccountResponse,
      (await get("/2010-04-01/Accounts.json?FriendlyName=Call+Analytics+(demo)")).json,
    );
    expect(filtered.accounts.map((a) => a.friendly_name)).toEqual(["Call Analytics (demo)"]);
  });

  it("Usage records, daily and monthly", async () => {
    const usage = `/2010-04-01/Accounts/${owner}/Usage/Records`;
    const daily = parse(listUsageResponse, (await get(`${usage}/Daily.json?StartDate=-2days&PageSize=1000`)).json);
    expect(daily.usage_records.length).toBeGreaterThan(3 * 10);
    expect(daily.next_page_uri).toBeNull();
    const calls = daily.usage_records.find((r) => r.category === "calls");
    expect(calls).toMatchObject({ account_sid: owner, count_unit: "calls", usage_unit: "minutes", price_unit: "usd" });
    expect(calls?.start_date).toBe(calls?.end_date);
    expect(calls?.uri).toBe(
      `${usage}/Daily.json?Category=calls&StartDate=${calls?.start_date}&EndDate=${calls?.end_date}`,
    );
    const monthly = parse(listUsageResponse, (await get(`${usage}/Monthly.json?Category=totalprice`)).json);
    expect(monthly.usage_records[0]?.start_date).toMatch(/-01$/);
    expect(monthly.usage_records.every((r) => r.count === r.usage && Number(r.count) === r.price)).toBe(true);
  });

  it("errors use Twilio's body", async () => {
    const notFound = await get(`/2010-04-01/Accounts/${owner}/Calls/CA${"0".repeat(32)}.json`);
    expect(notFound.status).toBe(404);
    expect(parse(errorSchema, notFound.json)).toMatchObject({ code: 20404, status: 404 });
    const badDate = await get(`/2010-04-01/Accounts/${owner}/Calls.json?StartTime%3E=yesterday-ish`);
    expect(parse(errorSchema, badDate.json)).toMatchObject({ status: 400 });
  });
});

import type twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSim, type TestSim } from "./helpers";
import { errorSchema } from "./twilio-schemas";
import { dailyUsage, dateOf, DAY_MS, figuresOf, isoDay, type Figures } from "./usage-helpers";

let t: TestSim;
let client: twilio.Twilio;
let auth: string;
let busy: string;
let quiet: string;
let nowMs: number;

async function figures(accountSid: string, day: string, category: string): Promise<Figures> {
  const usage = await dailyUsage(client, accountSid, { startDate: dateOf(day), endDate: dateOf(day), category });
  const record = usage.get(day)?.get(category);
  if (!record) throw new Error(`no ${category} record for ${day}`);
  return figuresOf(record);
}

async function get(path: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${t.sim.url}${path}`, { headers: { Authorization: auth } });
  return { status: response.status, json: await response.json() };
}

beforeAll(async () => {
  t = await startTestSim();
  const user = await t.control.createUser({
    name: "Usage Lifecycle",
    email: "lifecycle@example.com",
    calls: 20_000,
    messages: 5_000,
    historyDays: 70,
    subaccounts: [{ friendlyName: "Quiet", calls: 0, messages: 0 }],
  });
  busy = user.ownerAccountSid;
  quiet = user.accounts.find((a) => a.sid !== busy)?.sid ?? "";
  nowMs = Date.parse((await t.control.state()).now);
  const connectSid = await t.connect("lifecycle@example.com");
  client = t.client(connectSid);
  auth = `Basic ${Buffer.from(`${connectSid}:${t.sim.config.authToken}`).toString("base64")}`;
}, 60_000);
afterAll(() => t.sim.close());

describe("usage follows the clock and the records added at run time", () => {
  it("counts a call at once and its price when the price shows on the call", async () => {
    // Ended 10 s ago: a price comes 30 to 300 s after the end.
    const startTime = new Date(nowMs - 100_000).toISOString();
    const today = isoDay(nowMs - 100_000);
    const [call] = (await t.control.addCalls(quiet, { calls: [{ startTime, duration: 90, status: "completed" }] }))
      .calls;
    const wire = await client.api.v2010
      .accounts(quiet)
      .calls(call?.sid ?? "")
      .fetch();
    expect([wire.status, wire.price]).toEqual(["completed", null]);
    const before = await figures(quiet, today, "calls");
    expect(before).toEqual({ count: 1, usage: 2, micros: 0 });
    await t.control.advanceClock(301);
    const priced = await client.api.v2010
      .accounts(quiet)
      .calls(call?.sid ?? "")
      .fetch();
    expect(priced.price).toMatch(/^-0\.\d+$/);
    const after = await figures(quiet, today, "calls");
    expect(after).toEqual({ count: 1, usage: 2, micros: Math.round(-Number(priced.price) * 1_000_000) });
  });

  it("recounts a settled day when a call or message is added to it or a call changes", async () => {
    const day = isoDay(nowMs - 10 * DAY_MS);
    const calls = await figures(busy, day, "calls-outbound");
    const sms = await figures(busy, day, "sms-outbound");
    const startTime = `${day}T08:00:00Z`;
    const added = await t.control.addCalls(busy, {
      calls: [{ startTime, duration: 150, direction: "outbound-api", status: "completed", price: "-0.04200" }],
    });
    expect(await figures(busy, day, "calls-outbound")).toEqual({
      count: calls.count + 1,
      usage: calls.usage + 3,
      micros: calls.micros + 42_000,
    });
    await t.control.updateCall(busy, added.calls[0]?.sid ?? "", { status: "busy" });
    expect(await figures(busy, day, "calls-outbound")).toEqual(calls);
    await t.control.addMessages(busy, {
      messages: [
        {
          direction: "outbound-api",
          channel: "sms",
          status: "delivered",
          body: "hi",
          to: "+14155550100",
          createdAt: startTime,
        },
      ],
    });
    expect(await figures(busy, day, "sms-outbound")).toMatchObject({ count: sms.count + 1, usage: sms.usage + 1 });
  });

  it("monthly records are the sums of the daily ones", async () => {
    const monthly = await client.api.v2010.accounts(busy).usage.records.monthly.list({
      startDate: new Date(nowMs - 70 * DAY_MS),
      includeSubaccounts: false,
    });
    const firstMonth = isoDay(nowMs - 70 * DAY_MS).slice(0, 8) + "01";
    const daily = await dailyUsage(client, busy, { startDate: dateOf(firstMonth), includeSubaccounts: false });
    const months = [...new Set(monthly.map((r) => isoDay(r.startDate.getTime())))];
    expect(months.length).toBeGreaterThanOrEqual(3);
    for (const record of monthly) {
      const month = isoDay(record.startDate.getTime()).slice(0, 7);
      const sum = { count: 0, usage: 0, micros: 0 };
      for (const [day, records] of daily) {
        if (!day.startsWith(month)) continue;
        const f = figuresOf(records.get(record.category)!);
        [sum.count, sum.usage, sum.micros] = [sum.count + f.count, sum.usage + f.usage, sum.micros + f.micros];
      }
      expect({ month, category: record.category, ...figuresOf(record) }).toEqual({
        month,
        category: record.category,
        ...sum,
      });
    }
    const current = monthly.find((r) => isoDay(r.startDate.getTime()) === `${isoDay(nowMs).slice(0, 8)}01`);
    expect(isoDay(current?.endDate.getTime() ?? 0)).toBe(isoDay(nowMs));
  });
});

describe("paging and errors", () => {
  it("pages of 7 give the records of one page of 1000, once each, in the same order", async () => {
    const usage = client.api.v2010.accounts(busy).usage.records.daily;
    const startDate = new Date(nowMs - 20 * DAY_MS);
    const whole = await usage.page({ startDate, pageSize: 1000 });
    expect(whole.nextPageUrl).toBeUndefined();
    expect(whole.instances).toHaveLength(21 * 19);
    const paged = await usage.list({ startDate, pageSize: 7 });
    const key = (r: { startDate: Date; category: string }) => `${isoDay(r.startDate.getTime())} ${r.category}`;
    expect(paged.map(key)).toEqual(whole.instances.map(key));
    expect(key(paged[0]!)).toBe(`${isoDay(nowMs)} totalprice`);
    // A range that ends before it starts has no records, daily or monthly.
    const backwards = { startDate: new Date(nowMs), endDate: new Date(nowMs - DAY_MS) };
    expect(await usage.list(backwards)).toEqual([]);
    expect(await client.api.v2010.accounts(busy).usage.records.monthly.list(backwards)).toEqual([]);
  });

  it("answers bad parameters with 400 and Twilio's error body", async () => {
    const base = `/2010-04-01/Accounts/${busy}/Usage/Records`;
    for (const query of [
      "StartDate=2026-02-30",
      "EndDate=yesterday",
      "StartDate=12/01/2026",
      "Category=no-such-category",
      "IncludeSubaccounts=maybe",
      "PageSize=0",
    ]) {
      for (const list of ["Daily", "Monthly"]) {
        const { status, json } = await get(`${base}/${list}.json?${query}`);
        expect({ query, status }).toEqual({ query, status: 400 });
        expect(errorSchema.parse(json)).toMatchObject({ code: 20001, status: 400 });
      }
    }
  });

  it("answers 404/20404 for an account the grant cannot read", async () => {
    await t.control.setFaults(quiet, { denied: true });
    for (const list of ["Daily", "Monthly"]) {
      const { status, json } = await get(`/2010-04-01/Accounts/${quiet}/Usage/Records/${list}.json`);
      expect(status).toBe(404);
      expect(errorSchema.parse(json)).toMatchObject({ code: 20404 });
    }
    await t.control.setFaults(quiet, {});
    const other = await t.control.createUser({ name: "Stranger", email: "stranger@example.com", calls: 10 });
    expect((await get(`/2010-04-01/Accounts/${other.ownerAccountSid}/Usage/Records/Daily.json`)).status).toBe(404);
  });
});

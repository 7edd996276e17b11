import type twilio from "twilio";
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allCalls, allMessages, startTestSim, type TestSim } from "./helpers";
import {
  dailyUsage,
  dateOf,
  DAY_MS,
  expectedFigures,
  figuresOf,
  isoDay,
  LISTED_CATEGORIES,
  type Figures,
} from "./usage-helpers";
import { TOP_LEVEL_CATEGORIES } from "../testing/usage-categories";

let t: TestSim;
let client: twilio.Twilio;
let owner: string;
let branch: string;
let nowMs: number;
const lists = new Map<string, { calls: CallInstance[]; messages: MessageInstance[] }>();

/** The last five UTC days, today first (today's calls are partly still in progress). */
const days = () => [0, 1, 2, 3, 4].map((back) => isoDay(nowMs - back * DAY_MS));

async function readLists(accountSid: string) {
  lists.set(accountSid, { calls: await allCalls(client, accountSid), messages: await allMessages(client, accountSid) });
}

function expectedFor(accountSids: string[], day: string): Record<string, Figures> {
  const calls = accountSids.flatMap((sid) => lists.get(sid)?.calls ?? []);
  const messages = accountSids.flatMap((sid) => lists.get(sid)?.messages ?? []);
  return expectedFigures(calls, messages, day);
}

beforeAll(async () => {
  t = await startTestSim();
  const user = await t.control.createUser({
    name: "Usage Owner",
    email: "usage@example.com",
    calls: 3000,
    messages: 2500,
    historyDays: 6,
    subaccounts: [{ friendlyName: "Branch", calls: 1200, messages: 900 }],
  });
  owner = user.ownerAccountSid;
  branch = user.accounts.find((a) => a.sid !== owner)?.sid ?? "";
  nowMs = Date.parse((await t.control.state()).now);
  // Client and SIP calls are usage categories of their own.
  const yesterdayNoon = new Date(Date.parse(`${isoDay(nowMs - DAY_MS)}T12:00:00Z`)).toISOString();
  await t.control.addCalls(owner, {
    calls: [
      { to: "client:alice", startTime: yesterdayNoon, duration: 125, status: "completed" },
      { from: "sip:desk@pbx.example.com", direction: "inbound", startTime: yesterdayNoon, duration: 61 },
    ],
  });
  client = t.client(await t.connect("usage@example.com"));
  await readLists(owner);
  await readLists(branch);
}, 60_000);
afterAll(() => t.sim.close());

describe("daily usage records agree with the Calls and Messages lists", () => {
  const compare = async (accountSid: string, summed: string[], includeSubaccounts?: boolean) => {
    const [first, last] = [days().at(-1) ?? "", days()[0] ?? ""];
    const usage = await dailyUsage(client, accountSid, {
      startDate: dateOf(first),
      endDate: dateOf(last),
      ...(includeSubaccounts === undefined ? {} : { includeSubaccounts }),
    });
    expect([...usage.keys()]).toEqual(days());
    for (const day of days()) {
      const records = usage.get(day);
      const actual = Object.fromEntries(
        LISTED_CATEGORIES.map((c) => [c, records?.get(c) && figuresOf(records.get(c)!)]),
      );
      expect({ day, ...actual }).toEqual({ day, ...expectedFor(summed, day) });
    }
    return usage;
  };

  it("an owner's own usage with IncludeSubaccounts=false", async () => {
    const usage = await compare(owner, [owner], false);
    const yesterday = usage.get(days()[1] ?? "");
    expect(figuresOf(yesterday!.get("calls-client")!)).toMatchObject({ count: 1, usage: 3 });
    expect(figuresOf(yesterday!.get("calls-sip")!)).toMatchObject({ count: 1, usage: 2 });
  });

  it("a subaccount's usage (IncludeSubaccounts changes nothing for it)", async () => {
    await compare(branch, [branch], false);
    await compare(branch, [branch]);
  });

  it("an owner's usage includes its subaccounts' by default", async () => {
    await compare(owner, [owner, branch]);
    await compare(owner, [owner, branch], true);
  });
});

describe("the category hierarchy", () => {
  it("totalprice is the sum of the top-level categories, in dollars", async () => {
    const usage = await dailyUsage(client, owner, { startDate: dateOf(days().at(-1) ?? "") });
    for (const [day, records] of usage) {
      const total = figuresOf(records.get("totalprice")!);
      const parts = TOP_LEVEL_CATEGORIES.reduce((sum, c) => sum + figuresOf(records.get(c)!).micros, 0);
      expect({ day, micros: total.micros }).toEqual({ day, micros: parts });
      expect(records.get("totalprice")).toMatchObject({ countUnit: "usd", usageUnit: "usd" });
      expect(Number(records.get("totalprice")?.count)).toBe(records.get("totalprice")?.price);
    }
    // Numbers are charged monthly, on the day of the month they were bought.
    const monthly = await client.api.v2010.accounts(owner).usage.records.monthly.list({ pageSize: 1000 });
    for (const category of ["phonenumbers", "recordings", "recordingstorage", "calls", "sms"]) {
      expect(
        monthly.some((r) => r.category === category && r.price > 0),
        category,
      ).toBe(true);
    }
  });
});

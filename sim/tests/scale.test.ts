import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type twilio from "twilio";
import { allCalls, sids, startTestSim, type TestSim } from "./helpers";

const HOUR = 3600_000;
let t: TestSim;
let client: twilio.Twilio;
let account: string;
let historyStart: number;

beforeAll(async () => {
  t = await startTestSim();
  const user = await t.control.createUser({
    name: "Big Account",
    email: "big@example.com",
    calls: 1_000_000,
    historyDays: 365,
  });
  account = user.ownerAccountSid;
  historyStart = Date.parse(user.accounts[0]?.historyStart ?? "");
  client = t.client(await t.connect("big@example.com"));
});
afterAll(() => t.sim.close());

describe("a 1,000,000-call account", () => {
  it("serves a time range from the middle of its history correctly", async () => {
    const from = new Date(Math.floor((historyStart + 182 * 24 * HOUR) / HOUR) * HOUR);
    const to = new Date(from.getTime() + 48 * HOUR);
    const calls = client.api.v2010.accounts(account).calls;
    const first = await calls.page({ pageSize: 1000, startTimeAfter: from, startTimeBefore: to });
    expect(first.instances).toHaveLength(1000);
    expect(first.nextPageUrl).toBeDefined();
    const range = await allCalls(client, account, { startTimeAfter: from, startTimeBefore: to });
    expect(sids(range.slice(0, 1000))).toEqual(sids(first.instances));
    expect(new Set(sids(range)).size).toBe(range.length);
    for (const call of range) {
      expect(call.startTime >= from && call.startTime < to).toBe(true);
    }

    // The same range asked for hour by hour, newest hour first, gives exactly the same list.
    const byHour = [];
    for (let h = 47; h >= 0; h--) {
      const start = new Date(from.getTime() + h * HOUR);
      byHour.push(
        ...(await allCalls(client, account, {
          startTimeAfter: start,
          startTimeBefore: new Date(start.getTime() + HOUR),
        })),
      );
    }
    expect(sids(byHour)).toEqual(sids(range));

    const middle = range[Math.floor(range.length / 2)];
    const fetched = await calls(middle?.sid ?? "").fetch();
    expect([fetched.sid, fetched.startTime, fetched.to, fetched.status]).toEqual([
      middle?.sid,
      middle?.startTime,
      middle?.to,
      middle?.status,
    ]);
  });
});

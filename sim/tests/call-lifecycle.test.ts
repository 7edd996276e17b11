import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type twilio from "twilio";
import { startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let client: twilio.Twilio;
let owner: string;
let nowMs: number;

beforeAll(async () => {
  t = await startTestSim();
  owner = (await t.control.createUser({ name: "Clock Tester", email: "clock@example.com", calls: 50 })).ownerAccountSid;
  client = t.client(await t.connect("clock@example.com"));
  nowMs = Date.parse((await t.control.state()).now);
});
afterAll(() => t.sim.close());

const fetchCall = (sid: string) => client.api.v2010.accounts(owner).calls(sid).fetch();

describe("calls change with the clock", () => {
  it("in progress until the end time, then completed, then priced", async () => {
    const startTime = new Date(nowMs - 60_000);
    const { calls } = await t.control.addCalls(owner, {
      calls: [
        {
          startTime: startTime.toISOString(),
          duration: 300,
          status: "completed",
          direction: "outbound-api",
          to: "+447700900123",
        },
      ],
    });
    const sid = calls[0]?.sid ?? "";
    const live = await fetchCall(sid);
    expect([live.status, live.endTime, live.duration, live.price]).toEqual(["in-progress", null, null, null]);
    expect(live.startTime).toEqual(startTime);

    await t.control.advanceClock(241); // one second past the end
    const ended = await fetchCall(sid);
    expect([ended.status, ended.duration, ended.price]).toEqual(["completed", "300", null]);
    expect(ended.endTime).toEqual(new Date(startTime.getTime() + 300_000));

    await t.control.advanceClock(300); // past the longest billing delay
    const priced = await fetchCall(sid);
    expect(priced.price).toBe("-0.15750"); // 5 started minutes to a UK number at $0.0315
    expect(priced.priceUnit).toBe("USD");
    expect(priced.dateUpdated.getTime()).toBeGreaterThan(ended.endTime.getTime());
  });

  it("lets tests pin a status or price later", async () => {
    const { calls } = await t.control.addCalls(owner, { calls: [{ duration: 42, status: "completed" }] });
    const sid = calls[0]?.sid ?? "";
    await t.control.updateCall(owner, sid, { price: "-0.12345" });
    expect((await fetchCall(sid)).price).toBe("-0.12345");
    const { call } = await t.control.updateCall(owner, sid, { status: "canceled", duration: 0 });
    expect([call.status, call.duration]).toEqual(["canceled", "0"]);
    expect((await fetchCall(sid)).status).toBe("canceled");

    const [generated] = await client.api.v2010.accounts(owner).calls.list({ pageSize: 1, limit: 1 });
    await t.control.updateCall(owner, generated?.sid ?? "", { status: "failed" });
    expect((await fetchCall(generated?.sid ?? "")).status).toBe("failed");
  });

  it("adds realistic calls that ended just now", async () => {
    const { calls } = await t.control.addCalls(owner, { count: 5, spreadSeconds: 30 });
    expect(calls).toHaveLength(5);
    for (const call of calls) {
      const listed = await fetchCall(call.sid);
      expect(listed.accountSid).toBe(owner);
      expect(listed.endTime.getTime()).toBeLessThanOrEqual(Date.parse((await t.control.state()).now));
      expect(listed.price).toBeNull();
    }
    const recent = await client.api.v2010
      .accounts(owner)
      .calls.list({ pageSize: 1000, startTimeAfter: new Date(nowMs - 3600_000) });
    for (const call of calls) expect(recent.map((c) => c.sid)).toContain(call.sid);
  });
});

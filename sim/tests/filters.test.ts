import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import type twilio from "twilio";
import { allCalls, sids, startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let client: twilio.Twilio;
let owner: string;
let everyCall: CallInstance[];
let everyMessage: MessageInstance[];

const day = (d: Date) => d.toISOString().slice(0, 10);
const mostCommon = (values: string[]) =>
  [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort(
    (a, b) => b[1] - a[1],
  )[0]?.[0] ?? "";

beforeAll(async () => {
  t = await startTestSim();
  const user = await t.control.createUser({
    name: "Filter Tester",
    email: "filters@example.com",
    calls: 2500,
    messages: 800,
    historyDays: 20,
  });
  owner = user.ownerAccountSid;
  // A long call that is still going, so Status=in-progress and the null end_time are exercised.
  const now = Date.parse((await t.control.state()).now);
  await t.control.addCalls(owner, { calls: [{ startTime: new Date(now - 30_000).toISOString(), duration: 3600 }] });
  client = t.client(await t.connect("filters@example.com"));
  everyCall = await allCalls(client, owner);
  const messages = client.api.v2010.accounts(owner).messages;
  let page = await messages.page({ pageSize: 1000 });
  everyMessage = [...page.instances];
  while (page.nextPageUrl) {
    page = await messages.getPage(page.nextPageUrl);
    everyMessage.push(...page.instances);
  }
});
afterAll(() => t.sim.close());

/** Lists through a hand-written query string, for the YYYY-MM-DD forms the SDK never sends. */
async function callsByQuery(query: Record<string, string>): Promise<CallInstance[]> {
  const calls = client.api.v2010.accounts(owner).calls;
  let page = await calls.getPage(
    `https://api.twilio.com/2010-04-01/Accounts/${owner}/Calls.json?${new URLSearchParams({ ...query, PageSize: "1000" })}`,
  );
  const all = [...page.instances];
  while (page.nextPageUrl) {
    page = await calls.getPage(page.nextPageUrl);
    all.push(...page.instances);
  }
  return all;
}

const expectSame = (actual: { sid: string }[], expected: { sid: string }[]) => {
  expect(expected.length).toBeGreaterThan(0);
  expect(sids(actual)).toEqual(sids(expected));
};

describe("call filters match an independent filter over the unfiltered list", () => {
  it("has the data the filters need", () => {
    expect(everyCall).toHaveLength(2501);
    expect(everyCall.some((c) => c.parentCallSid)).toBe(true);
    expect(everyCall.some((c) => c.status === "in-progress" && c.endTime === null)).toBe(true);
  });

  it("To, From, ParentCallSid", async () => {
    const to = mostCommon(everyCall.map((c) => c.to));
    const from = mostCommon(everyCall.map((c) => c.from));
    const parent = everyCall.find((c) => c.parentCallSid)?.parentCallSid ?? "";
    expectSame(
      await allCalls(client, owner, { to }),
      everyCall.filter((c) => c.to === to),
    );
    expectSame(
      await allCalls(client, owner, { from }),
      everyCall.filter((c) => c.from === from),
    );
    expectSame(
      await allCalls(client, owner, { parentCallSid: parent }),
      everyCall.filter((c) => c.parentCallSid === parent),
    );
  });

  it("Status, for every status present", async () => {
    const statuses = new Set(everyCall.map((c) => c.status));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
    for (const status of statuses)
      expectSame(
        await allCalls(client, owner, { status }),
        everyCall.filter((c) => c.status === status),
      );
    expect(await allCalls(client, owner, { status: "queued" })).toEqual([]);
  });

  it("StartTime as a UTC day (date-time from the SDK, YYYY-MM-DD by hand)", async () => {
    const pivot = everyCall[1200]?.startTime ?? new Date();
    const expected = everyCall.filter((c) => day(c.startTime) === day(pivot));
    expectSame(await allCalls(client, owner, { startTime: pivot }), expected);
    expectSame(await callsByQuery({ StartTime: day(pivot) }), expected);
  });

  it("StartTime> is at-or-after and StartTime< is strictly before, to the second", async () => {
    const after = everyCall[1800]?.startTime ?? new Date();
    const before = everyCall[300]?.startTime ?? new Date();
    const expected = everyCall.filter((c) => c.startTime >= after && c.startTime < before);
    expectSame(await allCalls(client, owner, { startTimeAfter: after, startTimeBefore: before }), expected);
    expect(expected.some((c) => c.startTime.getTime() === after.getTime())).toBe(true);
    const dayAfter = day(after);
    expectSame(
      await callsByQuery({ "StartTime>": dayAfter, "StartTime<": day(before) }),
      everyCall.filter((c) => day(c.startTime) >= dayAfter && day(c.startTime) < day(before)),
    );
  });

  it("EndTime, EndTime> and EndTime< skip calls that have not ended", async () => {
    const ended = everyCall.filter((c) => c.endTime !== null);
    const after = ended[1500]?.endTime ?? new Date();
    const before = ended[100]?.endTime ?? new Date();
    expectSame(
      await allCalls(client, owner, { endTimeAfter: after, endTimeBefore: before }),
      ended.filter((c) => c.endTime >= after && c.endTime < before),
    );
    expectSame(
      await allCalls(client, owner, { endTime: after }),
      ended.filter((c) => day(c.endTime) === day(after)),
    );
    expectSame(
      await callsByQuery({ "EndTime>": day(after) }),
      ended.filter((c) => day(c.endTime) >= day(after)),
    );
  });

  it("combines filters", async () => {
    const after = everyCall[2000]?.startTime ?? new Date();
    expectSame(
      await allCalls(client, owner, { status: "completed", startTimeAfter: after }),
      everyCall.filter((c) => c.status === "completed" && c.startTime >= after),
    );
  });
});

describe("message filters", () => {
  it("To, From, DateSent, DateSent>, DateSent<", async () => {
    const messages = client.api.v2010.accounts(owner).messages;
    const list = async (params: Parameters<typeof messages.list>[0]) => messages.list({ pageSize: 1000, ...params });
    const to = mostCommon(everyMessage.map((m) => m.to));
    const from = mostCommon(everyMessage.map((m) => m.from));
    const pivot = everyMessage[400]?.dateSent ?? new Date();
    const before = everyMessage[100]?.dateSent ?? new Date();
    expectSame(
      await list({ to }),
      everyMessage.filter((m) => m.to === to),
    );
    expectSame(
      await list({ from }),
      everyMessage.filter((m) => m.from === from),
    );
    expectSame(
      await list({ dateSent: pivot }),
      everyMessage.filter((m) => day(m.dateSent) === day(pivot)),
    );
    expectSame(
      await list({ dateSentAfter: pivot, dateSentBefore: before }),
      everyMessage.filter((m) => m.dateSent >= pivot && m.dateSent < before),
    );
  });
});

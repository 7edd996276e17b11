import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import type twilio from "twilio";
import { allCalls, allMessages, sids, startTestSim, type TestSim } from "./helpers";

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
  // A message still in Twilio's queue: it has no date_sent yet.
  await t.control.addMessages(owner, { messages: [{ status: "delivered" }] });
  client = t.client(await t.connect("filters@example.com"));
  everyCall = await allCalls(client, owner);
  everyMessage = await allMessages(client, owner);
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

describe("message filters match an independent filter over the unfiltered list", () => {
  // The SDK types date_sent as a Date; a queued message's is null.
  const sentAt = (m: MessageInstance): Date | null => m.dateSent ?? null;

  it("has the data the filters need", () => {
    expect(everyMessage).toHaveLength(801);
    expect(everyMessage.filter((m) => sentAt(m) === null).map((m) => m.status)).toEqual(["queued"]);
    expect(everyMessage.some((m) => m.to.startsWith("whatsapp:+"))).toBe(true);
  });

  it("To and From, WhatsApp addresses included", async () => {
    const whatsapp = everyMessage.filter((m) => m.to.startsWith("whatsapp:"));
    for (const to of [mostCommon(everyMessage.map((m) => m.to)), mostCommon(whatsapp.map((m) => m.to))])
      expectSame(
        await allMessages(client, owner, { to }),
        everyMessage.filter((m) => m.to === to),
      );
    const from = mostCommon(everyMessage.map((m) => m.from));
    expectSame(
      await allMessages(client, owner, { from }),
      everyMessage.filter((m) => m.from === from),
    );
  });

  it("DateSent, DateSent> and DateSent< read the send time, which comes after creation; queued messages have none", async () => {
    const withSendTime = everyMessage.filter((m) => sentAt(m) !== null);
    // A message that waited in the queue: listed by creation, found by its later send time.
    const waited = withSendTime.find((m, i) => i > 400 && m.dateSent > m.dateCreated);
    const after = waited?.dateSent ?? new Date();
    const before = withSendTime[100]?.dateSent ?? new Date();
    const ranged = withSendTime.filter((m) => m.dateSent >= after && m.dateSent < before);
    expect(sids(ranged)).toContain(waited?.sid);
    expectSame(await allMessages(client, owner, { dateSentAfter: after, dateSentBefore: before }), ranged);
    expectSame(
      await allMessages(client, owner, { dateSent: after }),
      withSendTime.filter((m) => day(m.dateSent) === day(after)),
    );
    expectSame(await allMessages(client, owner, { dateSentAfter: new Date("2000-01-01T00:00:00Z") }), withSendTime);
  });
});

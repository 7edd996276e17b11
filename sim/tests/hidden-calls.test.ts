import type twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allCalls, sids, startTestSim, type TestSim } from "./helpers";
import { dailyUsage, dateOf, DAY_MS, figuresOf } from "./usage-helpers";

let t: TestSim;
let client: twilio.Twilio;
let owner: string;
let branch: string;
let day: string;

const dayDate = () => dateOf(day);
const callsUsage = async (accountSid: string) =>
  figuresOf(
    (await dailyUsage(client, accountSid, { startDate: dayDate(), endDate: dayDate() })).get(day)!.get("calls")!,
  );

beforeAll(async () => {
  t = await startTestSim();
  const user = await t.control.createUser({
    name: "Hidden Calls",
    email: "hidden@example.com",
    calls: 4000,
    messages: 0,
    historyDays: 8,
    subaccounts: [{ friendlyName: "Branch", calls: 800, messages: 0 }],
  });
  owner = user.ownerAccountSid;
  branch = user.accounts.find((a) => a.sid !== owner)?.sid ?? "";
  day = new Date(Date.parse((await t.control.state()).now) - 3 * DAY_MS).toISOString().slice(0, 10);
  client = t.client(await t.connect("hidden@example.com"));
}, 60_000);
afterAll(() => t.sim.close());

describe("the hiddenCalls fault", () => {
  it("leaves `count` completed calls of the day out of the list and the fetch, not out of usage", async () => {
    const listed = await allCalls(client, owner, { startTime: dayDate() });
    const usage = await callsUsage(owner);
    const otherDay = await allCalls(client, owner, { startTime: new Date(dayDate().getTime() - DAY_MS) });
    const branchCalls = await allCalls(client, branch, { startTime: dayDate() });

    await t.control.setFaults(owner, { hiddenCalls: { day, count: 5 } });
    // Pages of 7 through PageToken: the fault filters before paging, so no call repeats or goes missing.
    const shown = await allCalls(client, owner, { startTime: dayDate(), pageSize: 7 });
    expect(new Set(sids(shown)).size).toBe(shown.length);
    const hidden = listed.filter((c) => !sids(shown).includes(c.sid));
    expect(hidden).toHaveLength(5);
    expect(shown).toHaveLength(listed.length - 5);
    expect(hidden.every((c) => c.status === "completed")).toBe(true);
    expect(sids(await allCalls(client, owner, { startTime: dayDate() }))).toEqual(sids(shown));
    await expect(
      client.api.v2010
        .accounts(owner)
        .calls(hidden[0]?.sid ?? "")
        .fetch(),
    ).rejects.toMatchObject({
      status: 404,
      code: 20404,
    });
    expect(await callsUsage(owner)).toEqual(usage);
    // Other days and other accounts keep their calls.
    expect(sids(await allCalls(client, owner, { startTime: new Date(dayDate().getTime() - DAY_MS) }))).toEqual(
      sids(otherDay),
    );
    expect(sids(await allCalls(client, branch, { startTime: dayDate() }))).toEqual(sids(branchCalls));

    await t.control.setFaults(owner, {});
    expect(sids(await allCalls(client, owner, { startTime: dayDate() }))).toEqual(sids(listed));
    expect(
      (
        await client.api.v2010
          .accounts(owner)
          .calls(hidden[0]?.sid ?? "")
          .fetch()
      ).sid,
    ).toBe(hidden[0]?.sid);
  });

  it("is refused with a malformed day", async () => {
    await expect(t.control.setFaults(owner, { hiddenCalls: { day: "2026-13-01", count: 1 } })).rejects.toMatchObject({
      status: 400,
    });
  });
});

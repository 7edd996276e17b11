import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import { allCalls, sids, startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let owner: string;

beforeAll(async () => {
  t = await startTestSim();
  const user = await t.control.createUser({
    name: "Paging Tester",
    email: "paging@example.com",
    calls: 2500,
    historyDays: 30,
  });
  owner = user.ownerAccountSid;
});
afterAll(() => t.sim.close());

function expectTwilioOrder(calls: readonly CallInstance[]): void {
  for (let i = 1; i < calls.length; i++) {
    const [prev, cur] = [calls[i - 1], calls[i]];
    if (!prev || !cur) throw new Error("unreachable");
    const byTime = prev.startTime.getTime() - cur.startTime.getTime();
    expect(byTime > 0 || (byTime === 0 && prev.sid > cur.sid), `${prev.sid} before ${cur.sid}`).toBe(true);
  }
}

describe("paging through the SDK", () => {
  it("returns all 2,500 calls exactly once, newest first, in pages of 100", async () => {
    const client = t.client(await t.connect("paging@example.com"));
    const calls = client.api.v2010.accounts(owner).calls;
    let page = await calls.page({ pageSize: 100 });
    const seen: CallInstance[] = [...page.instances];
    let pages = 1;
    while (page.nextPageUrl) {
      expect(page.nextPageUrl).toMatch(/PageToken=PA/);
      page = await calls.getPage(page.nextPageUrl);
      seen.push(...page.instances);
      pages++;
    }
    expect(pages).toBe(25);
    expect(seen).toHaveLength(2500);
    expect(new Set(sids(seen)).size).toBe(2500);
    expectTwilioOrder(seen);
  });

  it("keeps its place while new calls arrive between pages", async () => {
    const client = t.client(await t.connect("paging@example.com"));
    const calls = client.api.v2010.accounts(owner).calls;
    const before = await allCalls(client, owner);
    let page = await calls.page({ pageSize: 250 });
    const seen = [...page.instances];
    while (page.nextPageUrl) {
      await t.control.addCalls(owner, { count: 7 });
      page = await calls.getPage(page.nextPageUrl);
      seen.push(...page.instances);
    }
    expect(sids(seen)).toEqual(sids(before));
    expect((await allCalls(client, owner)).length).toBe(before.length + 7 * 9);
  });

  it("walks back with previous_page_uri; Page without a token is Twilio's 400, or ignored when generous", async () => {
    const client = t.client(await t.connect("paging@example.com"));
    const calls = client.api.v2010.accounts(owner).calls;
    const first = await calls.page({ pageSize: 50 });
    const second = await first.nextPage();
    if (!second?.previousPageUrl) throw new Error("expected a previous page");
    const back = await calls.getPage(second.previousPageUrl);
    expect(sids(back.instances)).toEqual(sids(first.instances));
    await expect(calls.page({ pageSize: 50, pageNumber: 3 })).rejects.toMatchObject({
      status: 400,
      code: 20001,
      message: "Paged requests must include a PageToken",
    });
    expect(sids((await calls.page({ pageSize: 50, pageNumber: 0 })).instances)).toEqual(sids(first.instances));
    await t.control.setFidelity({ pageWithoutToken: "accept" });
    try {
      const pageNumberOnly = await calls.page({ pageSize: 50, pageNumber: 3 });
      expect(sids(pageNumberOnly.instances)).toEqual(sids(first.instances));
    } finally {
      await t.control.setFidelity("strict");
    }
  });

  it("pages messages and accounts with the same envelopes", async () => {
    const client = t.client(await t.connect("ada@example.com"));
    const ada = (await t.control.state()).users.find((u) => u.email === "ada@example.com");
    if (!ada) throw new Error("seed user missing");
    const messages = client.api.v2010.accounts(ada.ownerAccountSid).messages;
    let page = await messages.page({ pageSize: 1000 });
    let total = page.instances.length;
    while (page.nextPageUrl) {
      page = await messages.getPage(page.nextPageUrl);
      total += page.instances.length;
    }
    expect(total).toBe(2000);
    // Asked as the owner account: the connect subaccount's own list names only itself.
    const accounts = await t.client(ada.ownerAccountSid).api.v2010.accounts.list({ pageSize: 2 });
    expect(accounts.map((a) => a.sid).sort()).toEqual(ada.accounts.map((a) => a.sid).sort());
    expect(ada.accounts).toHaveLength(4); // owner, two subaccounts, and the connect subaccount
  });
});

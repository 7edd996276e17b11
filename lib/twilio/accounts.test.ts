import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSim, type TestSim } from "@/sim/tests/helpers";
import { discoverAccounts, type ClientFor } from "./accounts";
import { ResilientRequestClient } from "./http-client";

describe("account discovery", () => {
  let sim: TestSim;
  let connectSid: string;
  let ownerSid: string;
  let userId: string;
  let http: ResilientRequestClient;

  const clientFor: ClientFor = (sid) => twilio(sid, sim.sim.config.authToken, { httpClient: http });

  beforeAll(async () => {
    sim = await startTestSim();
    http = new ResilientRequestClient({ apiBaseUrl: sim.sim.url, maxRetries: 0 });
    const user = await sim.control.createUser({
      name: "Many",
      email: "many@example.com",
      calls: 20,
      subaccounts: 60,
    });
    ownerSid = user.ownerAccountSid;
    userId = user.id;
    connectSid = await sim.connect("many@example.com");
  });
  afterAll(async () => sim?.sim.close());

  it("finds all 60 subaccounts when Accounts.json lists only the connect subaccount, across pages", async () => {
    const discovery = await discoverAccounts(clientFor, connectSid, { pageSize: 50 });
    expect(discovery.sources).toEqual({
      "connect-record": { accounts: 1 },
      "owner-record": { accounts: 1 },
      "accounts-list": { accounts: 1 },
      "owner-subaccounts": { accounts: 62 },
    });
    expect(discovery.accounts).toHaveLength(62);
    expect(discovery.accounts[0]).toMatchObject({ sid: ownerSid, foundBy: ["owner-record", "owner-subaccounts"] });
    expect(discovery.accounts.at(-1)).toMatchObject({
      sid: connectSid,
      isConnectSubaccount: true,
      foundBy: ["connect-record", "accounts-list", "owner-subaccounts"],
    });
    expect(discovery.accounts.every((a) => a.access?.callsError === null && a.access.messagesError === null)).toBe(
      true,
    );
    expect(discovery.complete).toBe(true);
  });

  it("merges the generous answer (the whole tree from Accounts.json) without duplicates", async () => {
    await sim.control.setFidelity("generous");
    try {
      const discovery = await discoverAccounts(clientFor, connectSid);
      expect(discovery.sources["accounts-list"]).toEqual({ accounts: 62 });
      expect(new Set(discovery.accounts.map((a) => a.sid)).size).toBe(62);
      expect(discovery.accounts).toHaveLength(62);
    } finally {
      await sim.control.setFidelity("strict");
    }
  });

  it("records what the grant cannot read, and does not ask closed accounts", async () => {
    const { account: sales } = await sim.control.addSubaccount(userId, { friendlyName: "Sales", calls: 3 });
    const { account: old } = await sim.control.addSubaccount(userId, { friendlyName: "Old", calls: 3 });
    await sim.control.setFaults(sales.sid, { denied: true });
    await sim.control.updateAccount(old.sid, { status: "closed" });
    try {
      const discovery = await discoverAccounts(clientFor, connectSid);
      expect(discovery.accounts.find((a) => a.sid === sales.sid)?.access).toEqual({
        callsError: "20404 not found",
        messagesError: "20404 not found",
      });
      expect(discovery.accounts.find((a) => a.sid === old.sid)).toMatchObject({ status: "closed", access: null });
    } finally {
      await sim.control.setFaults(sales.sid, {});
      await sim.control.updateAccount(old.sid, { status: "active" });
    }
  });

  it("leaves access unknown, not refused, when Twilio fails to answer (5xx after retries)", async () => {
    const { account: flaky } = await sim.control.addSubaccount(userId, { friendlyName: "Flaky", calls: 3 });
    await sim.control.setFaults(flaky.sid, { rate5xx: 1 });
    try {
      const discovery = await discoverAccounts(clientFor, connectSid);
      expect(discovery.accounts.find((a) => a.sid === flaky.sid)).toMatchObject({ access: null });
    } finally {
      await sim.control.setFaults(flaky.sid, {});
    }
  });

  it("keeps what it found when the owner's own list is refused, and says discovery was partial", async () => {
    const refusingOwner: ClientFor = (sid) =>
      twilio(sid, sid === ownerSid ? "f".repeat(32) : sim.sim.config.authToken, { httpClient: http });
    const discovery = await discoverAccounts(refusingOwner, connectSid);
    expect(discovery.sources["owner-subaccounts"]).toEqual({ error: "20003 not authorized" });
    expect(discovery.accounts.map((a) => a.sid)).toEqual([ownerSid, connectSid]);
    expect(discovery.complete).toBe(false);
  });

  it("fails with 401/20003 when the grant itself is refused", async () => {
    const wrongToken: ClientFor = (sid) => twilio(sid, "0".repeat(32), { httpClient: http });
    await expect(discoverAccounts(wrongToken, connectSid)).rejects.toMatchObject({ kind: "unauthorized", code: 20003 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../config";
import { STRICT } from "../api/fidelity";
import { allCalls, startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let owner: string;
let connectSid: string;

beforeAll(async () => {
  t = await startTestSim();
  owner = (await t.control.createUser({ name: "Fidelity", email: "fidelity@example.com", calls: 50 })).ownerAccountSid;
  connectSid = await t.connect("fidelity@example.com");
});
afterAll(() => t.sim.close());

const raw = async (path: string) => {
  const auth = `Basic ${Buffer.from(`${connectSid}:${t.sim.config.authToken}`).toString("base64")}`;
  return fetch(`${t.sim.url}${path}`, { headers: { Authorization: auth } });
};

describe("fidelity switches", () => {
  it("are strict by default and read from SIM_FIDELITY", () => {
    expect(configFromEnv({}).fidelity).toEqual(STRICT);
    expect(configFromEnv({ SIM_FIDELITY: "generous" }).fidelity.accountsList).toBe("tree");
    expect(configFromEnv({ SIM_FIDELITY: '{"unstartedTimes":"filled"}' }).fidelity).toEqual({
      ...STRICT,
      unstartedTimes: "filled",
    });
    expect(() => configFromEnv({ SIM_FIDELITY: "lenient" })).toThrow(/SIM_FIDELITY/);
  });

  it("a queued call has no start_time and no StartTime filter finds it until it is dialed", async () => {
    const [queued] = (await t.control.addCalls(owner, { calls: [{ status: "queued" }] })).calls;
    if (!queued) throw new Error("no call added");
    expect([queued.status, queued.start_time, queued.duration]).toEqual(["queued", null, null]);
    const client = t.client(connectSid);
    const ranged = await allCalls(client, owner, { startTimeAfter: new Date("2000-01-01T00:00:00Z") });
    expect(ranged.map((c) => c.sid)).not.toContain(queued.sid);
    const byStatus = await allCalls(client, owner, { status: "queued" });
    expect(byStatus.map((c) => c.sid)).toEqual([queued.sid]);

    await t.control.setFidelity({ unstartedTimes: "filled" });
    try {
      const generous = await allCalls(client, owner, { startTimeAfter: new Date("2000-01-01T00:00:00Z") });
      expect(generous.find((c) => c.sid === queued.sid)?.startTime).toBeInstanceOf(Date);
    } finally {
      await t.control.setFidelity("strict");
    }
    const { call } = await t.control.updateCall(owner, queued.sid, { status: "completed", duration: 30 });
    expect([call.status, call.start_time === null, call.duration]).toEqual(["completed", false, "30"]);

    // Canceled before it was dialed: still no start_time, so only a fetch by SID sees the change.
    const [never] = (await t.control.addCalls(owner, { calls: [{ status: "queued" }] })).calls;
    const canceled = (await t.control.updateCall(owner, never?.sid ?? "", { status: "canceled" })).call;
    expect([canceled.status, canceled.start_time]).toEqual(["canceled", null]);
  });

  it('busy, failed and no-answer calls have an empty duration ("0" when generous)', async () => {
    const { calls } = await t.control.addCalls(owner, {
      calls: [{ status: "busy" }, { status: "failed" }, { status: "no-answer" }, { status: "canceled" }],
    });
    expect(calls.map((c) => c.duration)).toEqual([null, null, null, "0"]);
    await t.control.setFidelity("generous");
    try {
      const response = await raw(`/2010-04-01/Accounts/${owner}/Calls/${calls[0]?.sid ?? ""}.json`);
      expect(((await response.json()) as { duration: string }).duration).toBe("0");
    } finally {
      await t.control.setFidelity("strict");
    }
  });

  it("every response carries Twilio-Request-Id and Twilio-Concurrent-Requests (only 429s when generous)", async () => {
    for (const path of [`/2010-04-01/Accounts/${owner}/Calls.json`, `/2010-04-01/Accounts/AC${"0".repeat(32)}.json`]) {
      const response = await raw(path);
      expect(response.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
      expect(response.headers.get("twilio-concurrent-requests")).toBe("1");
    }
    await t.control.setFidelity({ responseHeaders: "on-429" });
    try {
      const response = await raw(`/2010-04-01/Accounts/${owner}/Calls.json`);
      expect(response.headers.get("twilio-request-id")).toBeNull();
    } finally {
      await t.control.setFidelity("strict");
    }
  });

  it("an account the grant cannot read answers 404/20404; closed and new subaccounts show in the owner's list", async () => {
    const user = (await t.control.state()).users.find((u) => u.ownerAccountSid === owner);
    if (!user) throw new Error("user missing");
    const { account } = await t.control.addSubaccount(user.id, { friendlyName: "Sales", calls: 5 });
    await t.control.setFaults(account.sid, { denied: true });
    const denied = await raw(`/2010-04-01/Accounts/${account.sid}/Calls.json`);
    expect([denied.status, ((await denied.json()) as { code: number }).code]).toEqual([404, 20404]);
    await t.control.setFaults(account.sid, {});
    await t.control.updateAccount(account.sid, { status: "closed" });
    const listed = await t.client(owner).api.v2010.accounts.list({ pageSize: 50 });
    expect(listed.find((a) => a.sid === account.sid)?.status).toBe("closed");
  });
});

import { mkdtempSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSimulator } from "../index";
import { allCalls, allMessages, startTestSim, type TestSim } from "./helpers";

const folder = mkdtempSync(join(tmpdir(), "sim-state-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

/** What a restart must keep: every call the app could have imported, as the API lists it. */
async function snapshot(t: TestSim, connectSid: string, ownerSid: string) {
  const client = t.client(connectSid);
  const calls = await allCalls(client, ownerSid);
  const messages = await allMessages(client, ownerSid);
  return {
    calls: calls.map((c) => [c.sid, c.startTime.toISOString(), c.status, c.duration, c.price]),
    // Their statuses move on with the running clock; what they are stays.
    messages: messages.map((m) => [m.sid, m.dateCreated.toISOString(), m.from, m.to, m.body, m.errorCode]),
    connectCalls: (await allCalls(client, connectSid)).length,
    now: (await t.control.state()).now,
  };
}

describe("a simulator with a state file", () => {
  it("comes back after a restart with its users, authorizations, added and changed calls, added messages", async () => {
    const stateFile = join(folder, "restart", "sim.json");
    const first = await startTestSim({ stateFile, freezeClock: false });
    const owner = (
      await first.control.createUser({ name: "Restart", email: "restart@example.com", calls: 300, messages: 40 })
    ).ownerAccountSid;
    const connectSid = await first.connect("restart@example.com");
    const added = await first.control.addCalls(owner, { count: 5, spreadSeconds: 600 });
    const changedSid = added.calls[0]?.sid ?? "";
    await first.control.updateCall(owner, changedSid, { status: "failed", price: "-0.25000" });
    const { messages: addedMessages } = await first.control.addMessages(owner, {
      messages: [{ status: "read" }, { status: "failed", errorCode: 30007 }, { status: "received", body: "Thanks" }],
    });
    await first.control.advanceClock(90);
    const before = await snapshot(first, connectSid, owner);
    await first.sim.close();

    // Generated histories end when their user was created: a later start must not move them.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await startTestSim({ stateFile, freezeClock: false });
    try {
      const after = await snapshot(second, connectSid, owner);
      expect(after.calls).toEqual(before.calls);
      expect(after.calls).toHaveLength(305);
      expect(after.messages).toEqual(before.messages);
      expect(after.messages).toHaveLength(43);
      for (const { sid } of addedMessages) expect(after.messages.map(([s]) => s)).toContain(sid);
      expect(after.calls.find(([sid]) => sid === changedSid)).toEqual([
        changedSid,
        expect.any(String),
        "failed",
        null, // a failed call's duration is empty, as Twilio sends it (the strict default)
        "-0.25000",
      ]);
      expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(1000);
      // The next added call gets a SID of its own, not one of the calls added before the restart.
      const next = await second.control.addCalls(owner, { count: 1 });
      expect(added.calls.map((c) => c.sid)).not.toContain(next.calls[0]?.sid);
    } finally {
      await second.sim.close();
    }
  });

  it.each([
    ["keeps a revocation across a restart", { stateFile: join(folder, "revoked", "sim.json") }, true],
    ["forgets its authorizations without a state file", {}, false],
  ])("%s", async (_, options, revoke) => {
    const first = await startTestSim(options);
    const connectSid = await first.connect("grace@example.com");
    if (revoke) await first.control.revoke(connectSid);
    await first.sim.close();
    const second = await startTestSim(options);
    try {
      const listed = second.client(connectSid).api.v2010.accounts(connectSid).calls.list({ limit: 1 });
      await expect(listed).rejects.toMatchObject({ status: 401, code: 20003 });
    } finally {
      await second.sim.close();
    }
  });

  it("keeps a queued call undialed across a restart: still no start_time", async () => {
    const stateFile = join(folder, "queued", "sim.json");
    const first = await startTestSim({ stateFile });
    const owner = (await first.control.createUser({ name: "Queue", email: "queue@example.com", calls: 5 }))
      .ownerAccountSid;
    const connectSid = await first.connect("queue@example.com");
    const [queued] = (await first.control.addCalls(owner, { calls: [{ status: "queued" }] })).calls;
    await first.sim.close();
    const second = await startTestSim({ stateFile });
    try {
      const call = await second.client(connectSid).api.v2010.accounts(owner).calls(queued!.sid).fetch();
      expect({ status: call.status, startTime: call.startTime }).toEqual({ status: "queued", startTime: null });
    } finally {
      await second.sim.close();
    }
  });

  it("reads a state file saved before messages could be added at run time", async () => {
    const stateFile = join(folder, "no-messages", "sim.json");
    const first = await startSimulator({ port: 0, stateFile, freezeClock: true });
    await first.close();
    const { messages, ...older } = JSON.parse(await readFile(stateFile, "utf8")) as Record<string, unknown>;
    expect(messages).toEqual([]);
    await writeFile(stateFile, JSON.stringify(older));
    const second = await startSimulator({ port: 0, stateFile, freezeClock: true });
    await second.close();
  });

  it("refuses a state file saved under another seed or with a broken shape", async () => {
    const otherSeed = join(folder, "other-seed.json");
    const saved = await startSimulator({ port: 0, stateFile: otherSeed, seed: 7 });
    await saved.close();
    await expect(startSimulator({ port: 0, stateFile: otherSeed, seed: 8 })).rejects.toThrow(/another seed/);
    const broken = join(folder, "broken.json");
    await writeFile(broken, JSON.stringify({ version: 1, users: "none" }));
    await expect(startSimulator({ port: 0, stateFile: broken })).rejects.toThrow(/delete it to start afresh/);
  });
});

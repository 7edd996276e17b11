import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { allCalls } from "@/sim/tests/helpers";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { disconnectConnection, getConnection, linkTwilioAccount } from "@/lib/connections";
import { metricsExposition } from "@/lib/metrics";
import { sampleOf } from "@/tests/helpers/metrics";
import { acquireLease, releaseLease, startHeartbeat } from "./lease";
import { readPlan } from "./plan";
import { getSyncStatus, isImportRunning, syncConnection } from "./index";

const simulator = startAppSimulator();

describe.each(testDatabaseKinds())("call-log sync on %s", (kind) => {
  let opened: OpenedDatabase;
  let owner: Awaited<ReturnType<typeof newWorkspaceOwner>>;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    owner = await newWorkspaceOwner(opened.db, `sync-${kind}@example.com`);
  });
  afterAll(async () => opened?.close());

  /** A Twilio user with an owner account and one subaccount, connected and linked. */
  async function connected(label: string, calls: number, messages = 0, subaccountCalls = Math.round(calls / 4)) {
    const email = `${label}-${kind}-${Date.now()}@example.com`;
    const twilioUser = await simulator.current.control.createUser({
      name: label,
      email,
      calls,
      messages,
      subaccounts: [{ friendlyName: "Support", calls: subaccountCalls, messages: Math.round(messages / 4) }],
    });
    const connectSid = await simulator.current.connect(email);
    const { connectionId } = await linkTwilioAccount(owner.target, connectSid);
    const sids = twilioUser.accounts.map((a) => a.sid);
    return { connectionId, connectSid, owner: twilioUser.ownerAccountSid, accountSids: sids };
  }

  /** What Twilio (the simulator) has, by SID, over every account. */
  async function twilioTruth(connectSid: string, accountSids: string[]) {
    const client = simulator.current.client(connectSid);
    const truth = new Map<string, { status: string; price: string | null }>();
    for (const sid of accountSids)
      for (const call of await allCalls(client, sid)) truth.set(call.sid, { status: call.status, price: call.price });
    return truth;
  }

  async function stored(connectionId: string) {
    const rows = await opened.db.call.findMany({
      where: { connectionId },
      select: { sid: true, status: true, price: true },
    });
    return new Map(rows.map((r) => [r.sid, { status: r.status, price: r.price === null ? null : Number(r.price) }]));
  }

  /** The monthly stats (what breakdowns read over long ranges) against the stored calls. */
  async function expectMonthlyStatsToMatchCalls(connectionId: string) {
    for (const party of ["from", "to"] as const) {
      const calls = await opened.db.call.groupBy({
        by: [party],
        where: { connectionId },
        _count: { _all: true },
        _sum: { duration: true },
      });
      const expected = new Map(calls.map((c) => [c[party], [c._count._all, c._sum.duration ?? 0]]));
      // Month rows and quarter rows each add up to the calls.
      for (const months of [1, 3]) {
        const sums = await opened.db.callNumberMonthlyStat.groupBy({
          by: ["number"],
          where: { connectionId, party, months },
          _sum: { calls: true, durationSeconds: true },
        });
        expect(new Map(sums.map((s) => [s.number, [s._sum.calls, Number(s._sum.durationSeconds)]]))).toEqual(expected);
      }
    }
    const breakdown = async (kind: string) =>
      (await opened.db.callBreakdownMonthlyStat.aggregate({ where: { connectionId, kind }, _sum: { calls: true } }))
        ._sum.calls ?? 0;
    expect(await breakdown("country")).toBe(await opened.db.call.count({ where: { connectionId } }));
    expect(await breakdown("numberType")).toBe(await opened.db.call.count({ where: { connectionId } }));
    expect(await breakdown("durationBin")).toBe(
      await opened.db.call.count({ where: { connectionId, status: "completed" } }),
    );
    expect(await breakdown("answeredBy")).toBe(
      await opened.db.call.count({ where: { connectionId, answeredBy: { not: null } } }),
    );
    const accounts = await opened.db.twilioAccount.findMany({ where: { connectionId } });
    for (const account of accounts) {
      expect(account.monthlyStatsFrom).toBeNull();
      expect(account.monthlyStatsUntil?.getTime()).toBeGreaterThan(Date.now());
    }
  }

  it("imports the whole history: every call and message exactly once, and the hourly totals agree", async () => {
    const { connectionId, connectSid, accountSids } = await connected("first", 2400, 1200);
    const outcome = await syncConnection(connectionId);
    const truth = await twilioTruth(connectSid, accountSids);
    const mine = await stored(connectionId);
    expect(truth.size).toBeGreaterThan(2400);
    expect([...mine.keys()].sort()).toEqual([...truth.keys()].sort());
    const hourly = await opened.db.callHourlyStat.aggregate({ where: { connectionId }, _sum: { calls: true } });
    expect(hourly._sum.calls).toBe(truth.size);
    await expectMonthlyStatsToMatchCalls(connectionId);
    const status = await getSyncStatus(connectionId);
    expect(status).toMatchObject({ state: "idle", firstSyncComplete: true, callsImported: truth.size });
    // Per account: what each holds, done, with the time its import started.
    const held = new Map<string, number>();
    for (const record of await opened.db.call.findMany({ where: { connectionId }, select: { accountSid: true } }))
      held.set(record.accountSid, (held.get(record.accountSid) ?? 0) + 1);
    expect(status.perAccount.map((a) => a.sid)).toEqual(expect.arrayContaining(accountSids));
    expect(status.perAccount.map((a) => [a.sid, a.callsImported, a.estimatedCalls, a.firstImportComplete])).toEqual(
      status.perAccount.map(({ sid }) => [sid, held.get(sid) ?? 0, held.get(sid) ?? 0, true]),
    );
    expect(status.perAccount.every((a) => a.startedAt !== null && !a.running)).toBe(true);

    const client = simulator.current.client(connectSid);
    const messageSids: string[] = [];
    for (const sid of accountSids)
      for (const message of await client.api.v2010.accounts(sid).messages.list({ pageSize: 1000 }))
        messageSids.push(message.sid);
    const storedMessages = await opened.db.message.findMany({ where: { connectionId }, select: { sid: true } });
    expect(messageSids.length).toBeGreaterThan(1200);
    expect(storedMessages.map((m) => m.sid).sort()).toEqual(messageSids.sort());
    // The banner's counts: messages per account too, as the rollups hold them.
    const messagesHeld = await opened.db.message.groupBy({ by: ["accountSid"], where: { connectionId }, _count: true });
    expect(status.messagesImported).toBe(messageSids.length);
    expect(
      Object.fromEntries(
        status.perAccount.filter((a) => a.messagesImported > 0).map((a) => [a.sid, a.messagesImported]),
      ),
    ).toEqual(Object.fromEntries(messagesHeld.map((m) => [m.accountSid, m._count])));
    // Every account's records, each read once.
    expect(outcome).toEqual({ status: "done", records: truth.size + messageSids.length });
    expect((await getConnection(owner.workspaceId, connectionId))?.lastSyncedAt).not.toBeNull();
  });

  it("resumes an interrupted import where it stopped: each page read once, every call exactly once", async () => {
    // The calls are the owner's, so one saved plan holds all the work left.
    const { connectionId, connectSid, owner, accountSids } = await connected("resume", 6000, 0, 0);
    const reads = () => {
      const read = { pages: 0, records: 0 };
      return { read, onPage: (records: number) => void ((read.pages += 1), (read.records += records)) };
    };
    const crash = new AbortController();
    const first = reads();
    await syncConnection(connectionId, {
      concurrency: 2,
      signal: crash.signal,
      onPage: (records) => {
        first.onPage(records);
        if (first.read.pages === 3) crash.abort();
      },
    });
    const partial = await stored(connectionId);
    const status = await getSyncStatus(connectionId);
    expect(partial.size).toBeGreaterThan(0);
    expect(status.firstSyncComplete).toBe(false);
    // An account whose import stopped counts only the months it finished: the dashboard reads
    // the calls of the rest meanwhile.
    const accounts = await opened.db.twilioAccount.findMany({ where: { connectionId }, include: { sync: true } });
    const stopped = accounts.filter((a) => a.sync?.completeUntil === null);
    expect(stopped.map((a) => a.sid)).toEqual([owner]);
    for (const account of stopped)
      expect(account.monthlyStatsFrom !== null || account.monthlyStatsUntil === null).toBe(true);
    const ownerSync = stopped[0]!.sync!;
    const savedPlan = readPlan(ownerSync.plan);
    expect(savedPlan?.windows.some((window) => window.done || window.next)).toBe(true);

    // toEqual, so a failure shows its error.
    const second = reads();
    expect(await syncConnection(connectionId, { onPage: second.onPage })).toEqual({
      status: "done",
      records: second.read.records,
    });
    const truth = await twilioTruth(connectSid, accountSids);
    expect([...(await stored(connectionId)).keys()].sort()).toEqual([...truth.keys()].sort());
    // The hourly totals (what the dashboard sums) count every call once too.
    expect(await getSyncStatus(connectionId)).toMatchObject({ firstSyncComplete: true, callsImported: truth.size });
    await expectMonthlyStatsToMatchCalls(connectionId);

    // The same plan read again from its start, without a stop: the two runs above read exactly
    // its pages and records between them, so the second read none the first had.
    await opened.db.accountSync.update({
      where: { accountId: ownerSync.accountId },
      data: { plan: { ...savedPlan!, windows: savedPlan!.windows.map((w) => ({ ...w, next: null, done: false })) } },
    });
    const whole = reads();
    await syncConnection(connectionId, { onPage: whole.onPage });
    expect(whole.read.records).toBe(truth.size);
    expect(first.read.records + second.read.records).toBe(whole.read.records);
    expect(first.read.pages + second.read.pages).toBe(whole.read.pages);
    expect(second.read.pages).toBeLessThan(whole.read.pages);
  });

  it("picks up new calls and calls whose status or price changed", async () => {
    const { connectionId, connectSid, owner, accountSids } = await connected("incremental", 300);
    await syncConnection(connectionId);
    const versionBefore = (await getSyncStatus(connectionId)).dataVersion;
    const { calls: added } = await simulator.current.control.addCalls(owner, {
      calls: [{ status: "completed" }, { status: "completed", price: null }],
    });
    await simulator.current.control.updateCall(owner, added[0]!.sid, { status: "in-progress" });
    await syncConnection(connectionId);
    expect((await stored(connectionId)).get(added[0]!.sid)?.status).toBe("in-progress");

    await simulator.current.control.updateCall(owner, added[0]!.sid, {
      status: "completed",
      duration: 95,
      price: "-0.02100",
    });
    await simulator.current.control.updateCall(owner, added[1]!.sid, { price: "-0.00850" });
    await simulator.current.control.addCalls(owner, { count: 4 });
    await syncConnection(connectionId);

    const mine = await stored(connectionId);
    expect(mine.get(added[0]!.sid)).toEqual({ status: "completed", price: -0.021 });
    expect(mine.get(added[1]!.sid)?.price).toBe(-0.0085);
    const truth = await twilioTruth(connectSid, accountSids);
    expect(mine.size).toBe(truth.size);
    // Three imports re-read the trailing day; the count shown is still each call once.
    const after = await getSyncStatus(connectionId);
    expect(after.callsImported).toBe(truth.size);
    // Pages re-render when the version moves: new calls moved it.
    expect(after.dataVersion).not.toBe(versionBefore);
    await expectMonthlyStatsToMatchCalls(connectionId);
  });

  it("classifies the calls imported before number types before summing their months again", async () => {
    const { connectionId } = await connected("upgraded", 400);
    await syncConnection(connectionId);
    const classified = await opened.db.call.findMany({ where: { connectionId }, orderBy: { sid: "asc" } });
    // As the number types migration leaves a deployment: no types, and every month to sum again.
    await opened.db.call.updateMany({ where: { connectionId }, data: { fromNumberType: null, toNumberType: null } });
    await opened.db.twilioAccount.updateMany({
      where: { connectionId },
      data: { monthlyStatsFrom: null, monthlyStatsUntil: null },
    });
    await opened.db.twilioConnection.update({ where: { id: connectionId }, data: { callsClassifiedAt: null } });

    await syncConnection(connectionId);
    const calls = await opened.db.call.findMany({ where: { connectionId }, orderBy: { sid: "asc" } });
    expect(calls.map((c) => [c.sid, c.fromNumberType, c.toNumberType])).toEqual(
      classified.map((c) => [c.sid, c.fromNumberType, c.toNumberType]),
    );
    expect(calls.some((c) => c.toNumberType === "mobile")).toBe(true);
    const unclassified = await opened.db.callBreakdownMonthlyStat.count({
      where: { connectionId, kind: "numberType", key: "" },
    });
    expect(unclassified).toBe(0);
    await expectMonthlyStatsToMatchCalls(connectionId);
  });

  it("slows down under a 429 storm but completes", async () => {
    const { connectionId, connectSid, owner, accountSids } = await connected("storm", 1500);
    await simulator.current.control.setFaults(owner, { rate429: 0.4, maxConcurrent: 2 });
    try {
      expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    } finally {
      await simulator.current.control.setFaults(owner, {});
    }
    expect((await stored(connectionId)).size).toBe((await twilioTruth(connectSid, accountSids)).size);
  }, 180_000);

  it("stops a revoked connection and marks it revoked", async () => {
    const { connectionId, connectSid } = await connected("revoked", 200);
    await simulator.current.control.revoke(connectSid);
    expect(await syncConnection(connectionId)).toEqual({ status: "revoked" });
    expect((await getConnection(owner.workspaceId, connectionId))?.status).toBe("revoked");
    expect(await syncConnection(connectionId)).toEqual({ status: "skipped", reason: "not-active" });
  });

  it("runs concurrent requests for one connection once, in this process and across processes", async () => {
    const { connectionId } = await connected("concurrent", 500);
    const [a, b] = [syncConnection(connectionId), syncConnection(connectionId)];
    expect(a).toBe(b);
    await a;
    const accounts = await opened.db.twilioAccount.findMany({ where: { connectionId } });
    for (const account of accounts) expect(await acquireLease(account.id, connectionId, "another-process")).toBe(true);
    expect(await syncConnection(connectionId)).toEqual({ status: "skipped", reason: "already-running" });
  });

  it("tells an import whose process stopped from a live one, and resumes it at once", async () => {
    const { connectionId } = await connected("interrupted", 300);
    const accounts = await opened.db.twilioAccount.findMany({ where: { connectionId } });
    for (const account of accounts) expect(await acquireLease(account.id, connectionId, "live-process")).toBe(true);
    expect((await getSyncStatus(connectionId)).state).toBe("running");
    expect(await isImportRunning(connectionId)).toBe(true);

    // The process stopped 30 s ago: its lease has not expired, but its heartbeat has.
    const lastHeard = new Date(Date.now() - 30_000);
    await opened.db.accountSync.updateMany({ where: { connectionId }, data: { heartbeatAt: lastHeard } });
    const status = await getSyncStatus(connectionId);
    expect(status).toMatchObject({ state: "interrupted", interruptedAt: lastHeard.toISOString() });
    expect(await isImportRunning(connectionId)).toBe(false);

    const outcome = await syncConnection(connectionId);
    expect(outcome.status).toBe("done");
    expect(await getSyncStatus(connectionId)).toMatchObject({
      state: "idle",
      interruptedAt: null,
      firstSyncComplete: true,
    });
  });

  it("counts a lease taken from a stopped process as one takeover, and no other acquisition", async () => {
    const { connectionId } = await connected("takeover", 10);
    const account = await opened.db.twilioAccount.findFirstOrThrow({ where: { connectionId } });
    const takeovers = async () => sampleOf((await metricsExposition()).text, "call_analytics_lease_takeovers_total");
    const stopBeating = () =>
      opened.db.accountSync.update({
        where: { accountId: account.id },
        data: { heartbeatAt: new Date(Date.now() - 60_000) },
      });
    const start = await takeovers();
    expect(await acquireLease(account.id, connectionId, "first")).toBe(true); // free
    expect(await acquireLease(account.id, connectionId, "first")).toBe(true); // already ours
    expect(await acquireLease(account.id, connectionId, "second")).toBe(false); // held by a live process
    expect(await takeovers()).toBe(start);

    await stopBeating();
    expect(await acquireLease(account.id, connectionId, "second")).toBe(true);
    expect(await acquireLease(account.id, connectionId, "second")).toBe(true);
    expect(await acquireLease(account.id, connectionId, "third")).toBe(false);
    expect(await takeovers()).toBe(start + 1);

    // Two processes racing for a stopped one's lease: one wins, one takeover.
    await stopBeating();
    const raced = await Promise.all([
      acquireLease(account.id, connectionId, "racer-a"),
      acquireLease(account.id, connectionId, "racer-b"),
    ]);
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect(await takeovers()).toBe(start + 2);

    // A lease its owner gave back is free: taking it is no takeover.
    await releaseLease(account.id, raced[0] ? "racer-a" : "racer-b", { state: "idle" });
    expect(await acquireLease(account.id, connectionId, "fourth")).toBe(true);
    expect(await takeovers()).toBe(start + 2);
  });

  it("beats for the leases its process holds until stopped", async () => {
    const { connectionId } = await connected("heartbeat", 10);
    const account = await opened.db.twilioAccount.findFirstOrThrow({ where: { connectionId } });
    await acquireLease(account.id, connectionId, "beating");
    const old = new Date(Date.now() - 60_000);
    const heartbeat = () => opened.db.accountSync.findUniqueOrThrow({ where: { accountId: account.id } });
    await opened.db.accountSync.update({ where: { accountId: account.id }, data: { heartbeatAt: old } });
    const stop = startHeartbeat("beating", 20);
    await expect
      .poll(async () => (await heartbeat()).heartbeatAt!.getTime(), { timeout: 5_000 })
      .toBeGreaterThan(old.getTime() + 50_000);
    stop();
    await opened.db.accountSync.update({ where: { accountId: account.id }, data: { heartbeatAt: old } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await heartbeat()).heartbeatAt).toEqual(old);
  });

  it("deletes a connection's imported calls and totals with it", async () => {
    const { connectionId } = await connected("deleted", 100);
    await syncConnection(connectionId);
    expect(await opened.db.call.count({ where: { connectionId } })).toBeGreaterThan(0);
    expect(await disconnectConnection(owner.workspaceId, connectionId, owner.target.actor)).toBe(true);
    expect(await opened.db.call.count({ where: { connectionId } })).toBe(0);
    expect(await opened.db.callHourlyStat.count({ where: { connectionId } })).toBe(0);
    expect(await opened.db.callNumberMonthlyStat.count({ where: { connectionId } })).toBe(0);
    expect(await opened.db.callBreakdownMonthlyStat.count({ where: { connectionId } })).toBe(0);
    expect(await opened.db.accountSync.count({ where: { connectionId } })).toBe(0);
  });
});

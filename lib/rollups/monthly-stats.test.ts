import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getTopNumbers } from "@/lib/analytics";
import type { OpenedDatabase } from "@/lib/db";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { MonthlyRebuilds } from "./month-rebuilds";
import { monthlyStatsTracker, type ImportWindow } from "./monthly-stats-tracker";
import { rebuildMonthlyStats } from "./monthly-stats";

const ACCOUNT_A = `AC${"a".repeat(32)}`;
const ACCOUNT_B = `AC${"b".repeat(32)}`;
const [ALICE, BOB, CAROL] = ["+15550000001", "+15550000002", "+447700900003"];

describe.each(testDatabaseKinds())("monthly stats on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;
  let sid = 0;

  const addCall = (accountSid: string, from: string, to: string, startTime: string, duration: number) =>
    opened.db.call.create({
      data: {
        connectionId,
        sid: `CA${String((sid += 1)).padStart(32, "0")}`,
        accountSid,
        direction: "outbound-api",
        status: "completed",
        from,
        to,
        fromCountry: from.startsWith("+44") ? "GB" : "US",
        toCountry: to.startsWith("+44") ? "GB" : "US",
        startTime: new Date(startTime),
        duration,
        dateCreated: new Date(startTime),
        dateUpdated: new Date(startTime),
      },
    });
  // January and February 2026 in UTC: whole months, so the dashboard reads them from the sums once counted.
  const topNumbers = () =>
    getTopNumbers({
      connectionId,
      timeZone: "UTC",
      range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") },
    });

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    connectionId = (
      await opened.db.twilioConnection.create({
        data: { workspace: { create: { name: "Test" } }, connectAccountSid: `AC${"e".repeat(32)}` },
      })
    ).id;
    await opened.db.twilioAccount.createMany({
      data: [ACCOUNT_A, ACCOUNT_B].map((sid) => ({
        connectionId,
        sid,
        ownerAccountSid: ACCOUNT_A,
        friendlyName: sid,
        status: "active",
      })),
    });
    await addCall(ACCOUNT_A, ALICE, BOB, "2026-01-05T10:00:00Z", 60);
    await addCall(ACCOUNT_A, ALICE, BOB, "2026-01-20T10:00:00Z", 30);
    await addCall(ACCOUNT_B, ALICE, CAROL, "2026-01-07T10:00:00Z", 5);
    await addCall(ACCOUNT_A, CAROL, BOB, "2026-02-10T10:00:00Z", 10);
  });
  afterAll(async () => opened?.close());

  const expected = {
    called: [
      { number: BOB, country: "US", calls: 3, durationSeconds: 100 },
      { number: CAROL, country: "GB", calls: 1, durationSeconds: 5 },
    ],
    calling: [
      { number: ALICE, country: "US", calls: 3, durationSeconds: 95 },
      { number: CAROL, country: "GB", calls: 1, durationSeconds: 10 },
    ],
  };

  const coverage = async (sid: string) => {
    const account = await opened.db.twilioAccount.findUniqueOrThrow({
      where: { connectionId_sid: { connectionId, sid } },
    });
    return {
      from: account.monthlyStatsFrom?.toISOString() ?? null,
      until: account.monthlyStatsUntil?.toISOString() ?? null,
    };
  };
  const setCoverage = (sid: string, from: string | null, until: string | null) =>
    opened.db.twilioAccount.update({
      where: { connectionId_sid: { connectionId, sid } },
      data: { monthlyStatsFrom: from ? new Date(from) : null, monthlyStatsUntil: until ? new Date(until) : null },
    });
  const window = (from: string, to: string): ImportWindow => ({
    list: "calls",
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    done: false,
  });
  /** An incremental import of one window, read in full. */
  const importAfterHistory = async (accountSid: string, incremental: ImportWindow) => {
    const tracker = monthlyStatsTracker({ connectionId, accountSid }, [incremental], { historyImported: true });
    await tracker.start();
    incremental.done = true;
    tracker.windowRead();
    await tracker.finish({ complete: true });
  };

  it("counts from the calls while no account is covered", async () => {
    expect(await coverage(ACCOUNT_A)).toEqual({ from: null, until: null });
    expect(await topNumbers()).toEqual(expected);
  });

  it("sums every account's calls per month, party and number", async () => {
    for (const month of ["2026-01-01", "2026-02-01"])
      await rebuildMonthlyStats(connectionId, new Date(`${month}T00:00:00Z`));
    const rows = await opened.db.callNumberMonthlyStat.findMany({
      where: { connectionId },
      orderBy: [{ party: "asc" }, { months: "asc" }, { month: "asc" }, { number: "asc" }],
    });
    expect(
      rows.map((r) => [
        r.party,
        r.months,
        r.month.toISOString().slice(0, 7),
        r.number,
        r.country,
        r.calls,
        Number(r.durationSeconds),
      ]),
    ).toEqual([
      ["from", 1, "2026-01", ALICE, "US", 3, 95],
      ["from", 1, "2026-02", CAROL, "GB", 1, 10],
      // The first quarter so far: January and February.
      ["from", 3, "2026-01", ALICE, "US", 3, 95],
      ["from", 3, "2026-01", CAROL, "GB", 1, 10],
      ["to", 1, "2026-01", BOB, "US", 2, 90],
      ["to", 1, "2026-01", CAROL, "GB", 1, 5],
      ["to", 1, "2026-02", BOB, "US", 1, 10],
      ["to", 3, "2026-01", BOB, "US", 3, 100],
      ["to", 3, "2026-01", CAROL, "GB", 1, 5],
    ]);
    const breakdowns = await opened.db.callBreakdownMonthlyStat.findMany({
      where: { connectionId, kind: "country" },
      orderBy: [{ month: "asc" }, { key: "asc" }],
    });
    expect(breakdowns.map((r) => [r.month.toISOString().slice(0, 7), r.accountSid, r.key, r.calls])).toEqual([
      ["2026-01", ACCOUNT_B, "GB", 1],
      ["2026-01", ACCOUNT_A, "US", 2],
      ["2026-02", ACCOUNT_A, "US", 1],
    ]);
    await setCoverage(ACCOUNT_A, null, "2026-03-01T00:00:00Z");
    await setCoverage(ACCOUNT_B, null, "2026-03-01T00:00:00Z");
    expect(await topNumbers()).toEqual(expected);
  });

  it("uncounts the months an import writes into, and counts them again once they are rebuilt", async () => {
    const windows = [window("2026-02-14T00:00:00Z", "2026-02-21T00:00:00Z")];
    const tracker = monthlyStatsTracker({ connectionId, accountSid: ACCOUNT_B }, windows, { historyImported: true });
    await tracker.start();
    expect(await coverage(ACCOUNT_B)).toEqual({ from: null, until: "2026-02-01T00:00:00.000Z" });
    await addCall(ACCOUNT_B, BOB, CAROL, "2026-02-20T10:00:00Z", 7);
    const withNewCall = {
      called: [expected.called[0], { number: CAROL, country: "GB", calls: 2, durationSeconds: 12 }],
      calling: [expected.calling[0], { number: BOB, country: "US", calls: 1, durationSeconds: 7 }, expected.calling[1]],
    };
    expect(await topNumbers()).toEqual(withNewCall);

    windows[0]!.done = true;
    tracker.windowRead();
    await tracker.finish({ complete: true });
    expect(await coverage(ACCOUNT_B)).toEqual({ from: null, until: "2026-03-01T00:00:00.000Z" });
    expect(await topNumbers()).toEqual(withNewCall);
  });

  it("counts a backfill's months as their windows are read, newest first, then back to the first call", async () => {
    const sid = `AC${"c".repeat(32)}`;
    await opened.db.twilioAccount.create({
      data: { connectionId, sid, ownerAccountSid: ACCOUNT_A, friendlyName: "C", status: "active" },
    });
    const windows = [
      window("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"),
      window("2026-01-16T00:00:00Z", "2026-02-01T00:00:00Z"),
      window("2026-01-01T00:00:00Z", "2026-01-16T00:00:00Z"),
    ];
    const tracker = monthlyStatsTracker({ connectionId, accountSid: sid }, windows, { historyImported: false });
    await tracker.start();
    windows[0]!.done = true;
    tracker.windowRead();
    windows[1]!.done = true;
    tracker.windowRead();
    await tracker.finish({ complete: false });
    // January still has a window to read.
    expect(await coverage(sid)).toEqual({ from: "2026-02-01T00:00:00.000Z", until: "2026-03-01T00:00:00.000Z" });

    windows[2]!.done = true;
    await tracker.finish({ complete: true });
    expect(await coverage(sid)).toEqual({ from: null, until: "2026-03-01T00:00:00.000Z" });
  });

  it("counts the months a run out of time left behind on the next import", async () => {
    const sid = `AC${"d".repeat(32)}`;
    await opened.db.twilioAccount.create({
      data: { connectionId, sid, ownerAccountSid: ACCOUNT_A, friendlyName: "D", status: "active" },
    });
    await addCall(sid, BOB, ALICE, "2026-01-10T10:00:00Z", 20);
    const backfill = [
      window("2026-02-01T00:00:00Z", "2026-04-01T00:00:00Z"),
      window("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"),
    ];
    const deadline = new AbortController();
    const first = monthlyStatsTracker({ connectionId, accountSid: sid }, backfill, {
      historyImported: false,
      signal: deadline.signal,
    });
    await first.start();
    backfill[1]!.done = true;
    first.windowRead();
    await first.finish({ complete: false });
    // The last window is read as the deadline comes: the import is complete, February and March
    // are not counted.
    deadline.abort();
    backfill[0]!.done = true;
    await first.finish({ complete: true });
    expect(await coverage(sid)).toEqual({ from: null, until: "2026-02-01T00:00:00.000Z" });

    // The next import reads only late March, and counts February too.
    await importAfterHistory(sid, window("2026-03-27T00:00:00Z", "2026-04-01T00:00:00Z"));
    expect(await coverage(sid)).toEqual({ from: null, until: "2026-04-01T00:00:00.000Z" });
  });

  it("counts an account imported before the stats existed back to its first call on its next import", async () => {
    await opened.db.callNumberMonthlyStat.deleteMany({ where: { connectionId } });
    await setCoverage(ACCOUNT_A, null, null);
    await importAfterHistory(ACCOUNT_A, window("2026-02-27T00:00:00Z", "2026-03-01T00:00:00Z"));
    expect(await coverage(ACCOUNT_A)).toEqual({ from: null, until: "2026-03-01T00:00:00.000Z" });
    expect(
      await opened.db.callNumberMonthlyStat.count({
        where: { connectionId, month: new Date("2026-01-01T00:00:00Z"), months: 1 },
      }),
    ).toBeGreaterThan(0);
  });

  describe("accounts of one connection importing together", () => {
    const FEBRUARY = new Date("2026-02-01T00:00:00Z");
    const ACCOUNT_C = `AC${"c".repeat(32)}`;
    const februarySumsMatchCalls = async () => {
      const calls = await opened.db.call.groupBy({
        by: ["to"],
        where: { connectionId, startTime: { gte: FEBRUARY, lt: new Date("2026-03-01T00:00:00Z") } },
        _count: { _all: true },
      });
      const rows = await opened.db.callNumberMonthlyStat.findMany({
        where: { connectionId, party: "to", months: 1, month: FEBRUARY },
      });
      expect(new Map(rows.map((row) => [row.number, row.calls]))).toEqual(
        new Map(calls.map((call) => [call.to, call._count._all])),
      );
    };
    /** Trackers sharing one sync's rebuilds, each with a window in February; rebuilds are counted and can be held back. */
    const trackers = async (accountSids: string[]) => {
      let release = () => {};
      const log = { started: 0, held: Promise.resolve() };
      const rebuilds = new MonthlyRebuilds(connectionId, async (...args) => {
        log.started += 1;
        await log.held;
        return rebuildMonthlyStats(...args);
      });
      const hold = () => (log.held = new Promise<void>((resolve) => (release = resolve)));
      const accounts = [];
      for (const [index, accountSid] of accountSids.entries()) {
        await setCoverage(accountSid, null, "2026-03-01T00:00:00Z");
        const windows = [window(`2026-02-1${index}T00:00:00Z`, `2026-02-2${index}T00:00:00Z`)];
        const tracker = monthlyStatsTracker({ connectionId, accountSid }, windows, { historyImported: true, rebuilds });
        await tracker.start();
        const read = () => {
          windows[0]!.done = true;
          tracker.windowRead();
        };
        accounts.push({ tracker, read, finish: () => tracker.finish({ complete: true }) });
      }
      return { accounts, log, hold, release: () => release() };
    };
    const everyCovered = async (accountSids: string[]) => {
      for (const sid of accountSids)
        expect(await coverage(sid)).toEqual({ from: null, until: "2026-03-01T00:00:00.000Z" });
    };

    it("rebuilds a month once when every account's windows in it were read before the rebuild began", async () => {
      const { accounts, log } = await trackers([ACCOUNT_A, ACCOUNT_B]);
      await addCall(ACCOUNT_A, ALICE, BOB, "2026-02-15T10:00:00Z", 12);
      await addCall(ACCOUNT_B, ALICE, CAROL, "2026-02-16T10:00:00Z", 13);
      for (const account of accounts) account.read();
      await Promise.all(accounts.map((account) => account.finish()));

      expect(log.started).toBe(1);
      await everyCovered([ACCOUNT_A, ACCOUNT_B]);
      await februarySumsMatchCalls();
    });

    it("rebuilds again for an account whose window was read after another account's rebuild began", async () => {
      const { accounts, log } = await trackers([ACCOUNT_A, ACCOUNT_B]);
      accounts[0]!.read();
      await accounts[0]!.finish();
      // Account B's window writes after A's rebuild of February: that rebuild does not have it.
      await addCall(ACCOUNT_B, BOB, CAROL, "2026-02-17T10:00:00Z", 14);
      accounts[1]!.read();
      await accounts[1]!.finish();

      expect(log.started).toBe(2);
      await everyCovered([ACCOUNT_A, ACCOUNT_B]);
      await februarySumsMatchCalls();
    });

    it("gives the accounts that finish reading while a rebuild runs one rebuild after it", async () => {
      await opened.db.twilioAccount.upsert({
        where: { connectionId_sid: { connectionId, sid: ACCOUNT_C } },
        create: { connectionId, sid: ACCOUNT_C, ownerAccountSid: ACCOUNT_A, friendlyName: "C", status: "active" },
        update: {},
      });
      const { accounts, log, hold, release } = await trackers([ACCOUNT_A, ACCOUNT_B, ACCOUNT_C]);
      hold();
      accounts[0]!.read();
      await vi.waitFor(() => expect(log.started).toBe(1));
      await addCall(ACCOUNT_B, CAROL, ALICE, "2026-02-18T10:00:00Z", 15);
      await addCall(ACCOUNT_C, CAROL, BOB, "2026-02-19T10:00:00Z", 16);
      accounts[1]!.read();
      accounts[2]!.read();
      release();
      await Promise.all(accounts.map((account) => account.finish()));

      expect(log.started).toBe(2);
      await everyCovered([ACCOUNT_A, ACCOUNT_B, ACCOUNT_C]);
      await februarySumsMatchCalls();
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { linkTwilioAccount } from "@/lib/connections";
import { syncConnection } from "@/lib/sync";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { notFound, recordTwilioRequests } from "@/tests/helpers/twilio-requests";
import { storedUsage, twilioUsage } from "@/tests/helpers/usage-truth";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";

const simulator = startAppSimulator();
const requests = recordTwilioRequests();
const DAY_MS = 86_400_000;
const today = () => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);

describe.each(testDatabaseKinds())("usage import on %s", (kind) => {
  let opened: OpenedDatabase;
  let member: Awaited<ReturnType<typeof newWorkspaceOwner>>;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    member = await newWorkspaceOwner(opened.db, `usage-${kind}@example.com`);
  });
  afterAll(async () => {
    requests.answerWith(null);
    await opened?.close();
  });

  async function connected(label: string, historyDays: number, subaccountCalls: number | null) {
    const email = `${label}-${kind}-${Date.now()}@example.com`;
    const user = await simulator.current.control.createUser({
      name: label,
      email,
      calls: 400,
      messages: 200,
      historyDays,
      subaccounts: subaccountCalls === null ? [] : [{ friendlyName: "Support", calls: subaccountCalls, messages: 40 }],
    });
    const connectSid = await simulator.current.connect(email);
    const { connectionId } = await linkTwilioAccount(member.target, connectSid);
    const sub = user.accounts.find((a) => a.friendlyName === "Support");
    return {
      connectionId,
      connectSid,
      owner: user.ownerAccountSid,
      sub: sub?.sid ?? "",
      sids: [...user.accounts.map((a) => a.sid), connectSid],
    };
  }

  async function syncOf(accountSid: string) {
    const account = await opened.db.twilioAccount.findFirstOrThrow({
      where: { sid: accountSid },
      include: { sync: true },
    });
    return { ...account.sync!, usageError: account.usageError };
  }

  it("stores each account's own non-zero daily records, as Twilio lists them, the owner's without its subaccounts'", async () => {
    const { connectionId, connectSid, owner, sids } = await connected("records", 45, 120);
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    const client = simulator.current.client(connectSid);
    for (const sid of sids) {
      const sync = await syncOf(sid);
      expect(sync.usageError).toBeNull();
      expect(sync.usageDailyUntil?.getTime()).toBe(today().getTime() + DAY_MS);
      const range = { first: sync.usageDailyFrom!, last: today() };
      const stored = await storedUsage(opened.db, connectionId, sid);
      expect(stored).toEqual(await twilioUsage(client, sid, range));
      if (sid !== connectSid) expect(stored.size).toBeGreaterThan(45);
    }
    // With its subaccounts counted in, the owner's records differ: the import asked for its own only.
    const ownerSync = await syncOf(owner);
    const withSubaccounts = await twilioUsage(
      client,
      owner,
      { first: ownerSync.usageDailyFrom!, last: today() },
      { includeSubaccounts: true },
    );
    expect(await storedUsage(opened.db, connectionId, owner)).not.toEqual(withSubaccounts);
    // Twilio answers every category for every day; the zeros are not kept.
    expect(await opened.db.usageRecord.count({ where: { connectionId, count: 0, usage: 0, price: 0 } })).toBe(0);
    // A record that went back to zero on Twilio (a refund, a re-rated call) is gone after the next read.
    const yesterday = new Date(today().getTime() - DAY_MS);
    const gone = { connectionId, accountSid: owner, period: "daily", category: "transcriptions", startDate: yesterday };
    await opened.db.usageRecord.create({ data: { ...gone, endDate: yesterday, count: 3, usage: 3, price: 0.15 } });
    await syncConnection(connectionId);
    expect(await opened.db.usageRecord.count({ where: gone })).toBe(0);
    // Every usage request asked for one account only.
    const usage = requests.since(0, "Daily.json");
    expect(usage.length).toBeGreaterThan(0);
    expect(usage.every((url) => url.searchParams.get("IncludeSubaccounts") === "false")).toBe(true);
  });

  it("resumes a stopped usage import at the next month, without reading the finished months again", async () => {
    const { connectionId, connectSid, owner } = await connected("usage-resume", 130, null);
    const stop = new AbortController();
    const mark = requests.count();
    const olderMonths: string[] = [];
    await syncConnection(connectionId, {
      signal: stop.signal,
      onUsageChunk: (range) => {
        // Only the owner has months before this one; stop after two of them.
        if (range.last.getTime() < today().getTime() - 31 * DAY_MS) olderMonths.push(range.first.toISOString());
        if (olderMonths.length === 2) stop.abort();
      },
    });
    const ownerDaily = (since: number) =>
      requests
        .since(since, "Daily.json")
        .filter((url) => url.pathname.includes(owner))
        .map((url) => url.searchParams.get("StartDate"));
    const first = ownerDaily(mark);
    expect(first).toHaveLength(2);
    const stopped = await syncOf(owner);
    expect(stopped.usageDailyUntil).not.toBeNull();
    expect(stopped.usageAsOf).toBeNull();

    const resumedAt = requests.count();
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    const second = ownerDaily(resumedAt);
    // The next month first, then each later one once; none of the first run's again.
    expect(second[0]).toBe(stopped.usageDailyUntil!.toISOString().slice(0, 10));
    expect(second.filter((start) => first.includes(start))).toEqual([]);
    expect(new Set(second).size).toBe(second.length);
    const sync = await syncOf(owner);
    const client = simulator.current.client(connectSid);
    expect(await storedUsage(opened.db, connectionId, owner)).toEqual(
      await twilioUsage(client, owner, { first: sync.usageDailyFrom!, last: today() }),
    );
    // The next import reads the trailing days again, from a week back, and no earlier.
    const again = requests.count();
    await syncConnection(connectionId);
    const trailing = ownerDaily(again);
    expect(trailing.length).toBeGreaterThan(0);
    expect(trailing.every((start) => Date.parse(start!) >= today().getTime() - 8 * DAY_MS)).toBe(true);
  });

  it("reads at most about 400 days of daily records, and whole months of monthly ones before them, once", async () => {
    const { connectionId, connectSid, owner } = await connected("usage-months", 520, null);
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    const sync = await syncOf(owner);
    const from = sync.usageDailyFrom!;
    expect(from.getUTCDate()).toBe(1);
    expect(today().getTime() - from.getTime()).toBeLessThanOrEqual(400 * DAY_MS);
    expect(today().getTime() - from.getTime()).toBeGreaterThan(365 * DAY_MS);
    expect(sync.usageMonthlyDone).toBe(true);
    const client = simulator.current.client(connectSid);
    // From the month of the account's first call.
    const first = (
      await opened.db.call.aggregate({ where: { connectionId, accountSid: owner }, _min: { startTime: true } })
    )._min.startTime!;
    const months = {
      first: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)),
      last: new Date(from.getTime() - DAY_MS),
    };
    const monthly = await twilioUsage(client, owner, months, { period: "monthly" });
    expect(monthly.size).toBeGreaterThan(3 * 5);
    expect(await storedUsage(opened.db, connectionId, owner, "monthly")).toEqual(monthly);
    expect(await storedUsage(opened.db, connectionId, owner)).toEqual(
      await twilioUsage(client, owner, { first: from, last: today() }),
    );
    // Not read again.
    const mark = requests.count();
    await syncConnection(connectionId);
    expect(requests.since(mark, "Monthly.json")).toEqual([]);
  });

  it("marks an account whose usage Twilio will not show, imports the rest, and clears the mark once it can", async () => {
    const { connectionId, sub, owner } = await connected("usage-denied", 30, 60);
    requests.answerWith((url) => (url.pathname.includes(`${sub}/Usage/`) ? notFound() : null));
    try {
      expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    } finally {
      requests.answerWith(null);
    }
    expect((await syncOf(sub)).usageError).toBe("20404 not found");
    expect(await opened.db.usageRecord.count({ where: { connectionId, accountSid: sub } })).toBe(0);
    expect(await opened.db.completenessCheck.count({ where: { connectionId, accountSid: sub } })).toBe(0);
    expect((await syncOf(owner)).usageError).toBeNull();
    expect(await opened.db.usageRecord.count({ where: { connectionId, accountSid: owner } })).toBeGreaterThan(0);

    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    expect((await syncOf(sub)).usageError).toBeNull();
    expect(await opened.db.usageRecord.count({ where: { connectionId, accountSid: sub } })).toBeGreaterThan(0);
  });

  it("takes a 401 on usage as a revoked grant", async () => {
    const { connectionId, sub } = await connected("usage-revoked", 10, 10);
    requests.answerWith((url) =>
      url.pathname.includes(`${sub}/Usage/`)
        ? ({
            statusCode: 401,
            body: JSON.stringify({ code: 20003, message: "Authenticate", status: 401 }),
            headers: {},
          } as never)
        : null,
    );
    try {
      expect(await syncConnection(connectionId)).toEqual({ status: "revoked" });
    } finally {
      requests.answerWith(null);
    }
  });
});

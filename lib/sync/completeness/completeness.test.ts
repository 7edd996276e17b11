import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkTwilioAccount } from "@/lib/connections";
import type { OpenedDatabase } from "@/lib/db";
import { MonthlyRebuilds } from "@/lib/rollups";
import { twilioClientFor } from "@/lib/twilio";
import { allCalls } from "@/sim/tests/helpers";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { recordTwilioRequests } from "@/tests/helpers/twilio-requests";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { acquireLease } from "../lease";
import {
  getCompletenessCounts,
  getMismatchedDays,
  getVerifiedThrough,
  recheckMismatchedDays,
  syncConnection,
} from "../index";
import { checkAccount } from "./check-account";

const simulator = startAppSimulator();
const requests = recordTwilioRequests();
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date((Math.floor(Date.now() / DAY_MS) - days) * DAY_MS);
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

describe.each(testDatabaseKinds())("completeness check on %s", (kind) => {
  let opened: OpenedDatabase;
  let member: Awaited<ReturnType<typeof newWorkspaceOwner>>;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    member = await newWorkspaceOwner(opened.db, `completeness-${kind}@example.com`);
  });
  afterAll(async () => opened?.close());

  async function connected(label: string) {
    const email = `${label}-${kind}-${Date.now()}@example.com`;
    const user = await simulator.current.control.createUser({
      name: label,
      email,
      calls: 900,
      messages: 300,
      historyDays: 30,
      // A quiet subaccount: most of its days have no call and no message.
      subaccounts: [{ friendlyName: "Support", calls: 12, messages: 4 }],
    });
    const connectSid = await simulator.current.connect(email);
    const { connectionId } = await linkTwilioAccount(member.target, connectSid);
    const sub = user.accounts.find((a) => a.friendlyName === "Support")!.sid;
    return { connectionId, connectSid, owner: user.ownerAccountSid, sub };
  }

  /** The app's requests since `mark` for one account's calls of exactly one UTC day: a day imported again. */
  const dayReads = (mark: number, accountSid: string, day: Date) =>
    requests
      .since(mark, "Calls.json")
      .filter(
        (url) =>
          url.pathname.includes(accountSid) &&
          url.searchParams.get("StartTime>") === `${isoDay(day)}T00:00:00Z` &&
          url.searchParams.get("StartTime<") === `${isoDay(new Date(day.getTime() + DAY_MS))}T00:00:00Z`,
      );

  it("flags a day whose calls Twilio's list lost, after importing it once more, and clears it once they are back", async () => {
    const { connectionId, connectSid, owner, sub } = await connected("hidden");
    const day = daysAgo(10);
    await simulator.current.control.setFaults(owner, { hiddenCalls: { day: isoDay(day), count: 2 } });
    let mark = requests.count();
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });

    // Imported again once, then kept as a mismatch with both figures.
    expect(dayReads(mark, owner, day).length).toBeGreaterThan(0);
    const mismatched = await getMismatchedDays({ connectionId });
    expect(mismatched).toEqual([
      expect.objectContaining({ accountSid: owner, day: isoDay(day), reimportedAt: expect.any(Date) }),
    ]);
    const [flagged] = mismatched;
    expect(flagged!.imported.calls).toBe(flagged!.usage.calls - 2);
    expect(flagged!.imported.minutes).toBeLessThan(flagged!.usage.minutes);
    expect(flagged!.imported.messages).toBe(flagged!.usage.messages);

    // Every other settled day of every account agrees, days without calls included; the last day
    // or two are not settled yet.
    const others = await opened.db.completenessCheck.findMany({
      where: { connectionId, NOT: { accountSid: owner, day } },
    });
    const settled = others.filter((check) => check.day < daysAgo(1));
    expect(settled.length).toBeGreaterThan(2 * 25);
    expect(settled.filter((check) => check.status !== "verified")).toEqual([]);
    expect(settled.some((check) => check.usageCalls === 0 && check.usageMessages === 0)).toBe(true);
    expect(others.filter((check) => check.status === "pending").every((check) => check.day >= daysAgo(1))).toBe(true);
    expect(await getCompletenessCounts({ connectionId })).toMatchObject({ mismatch: 1, verified: settled.length });
    expect(await getVerifiedThrough({ connectionId })).toBe(isoDay(daysAgo(11)));
    const subThrough = await getVerifiedThrough({ connectionId, accountSids: [sub] });
    expect(subThrough! >= isoDay(daysAgo(2))).toBe(true);

    // A later sync checks the day again but does not import it again the same day.
    mark = requests.count();
    await syncConnection(connectionId);
    expect(dayReads(mark, owner, day)).toEqual([]);
    expect((await getMismatchedDays({ connectionId })).map((m) => m.day)).toEqual([isoDay(day)]);

    // The calls are back in Twilio's list: "Check again" imports them and the day is verified.
    await simulator.current.control.setFaults(owner, {});
    mark = requests.count();
    expect(await recheckMismatchedDays(connectionId)).toEqual({ status: "done", mismatched: 0 });
    expect(dayReads(mark, owner, day).length).toBeGreaterThan(0);
    expect(await getMismatchedDays({ connectionId })).toEqual([]);
    expect((await getVerifiedThrough({ connectionId }))! > isoDay(day)).toBe(true);
    const twilioCalls = (await allCalls(simulator.current.client(connectSid), owner)).filter(
      (call) => call.startTime && isoDay(call.startTime) === isoDay(day),
    );
    const storedCalls = await opened.db.call.count({
      where: { connectionId, accountSid: owner, startTime: { gte: day, lt: new Date(day.getTime() + DAY_MS) } },
    });
    expect(storedCalls).toBe(twilioCalls.length);
    // The day's rollups and its month were rebuilt with the calls that came back.
    const calls = await opened.db.call.count({ where: { connectionId } });
    const hourly = await opened.db.callHourlyStat.aggregate({ where: { connectionId }, _sum: { calls: true } });
    expect(hourly._sum.calls).toBe(calls);
    const countries = await opened.db.callBreakdownMonthlyStat.aggregate({
      where: { connectionId, kind: "country" },
      _sum: { calls: true },
    });
    expect(countries._sum.calls).toBe(calls);
    const coverage = await opened.db.twilioAccount.findFirstOrThrow({ where: { connectionId, sid: owner } });
    expect(coverage.monthlyStatsFrom).toBeNull();
    expect(coverage.monthlyStatsUntil!.getTime()).toBeGreaterThan(Date.now());

    // Nothing is verified through any day while an account's first settled day is not verified.
    const ownerSync = await opened.db.accountSync.findFirstOrThrow({
      where: { account: { sid: owner, connectionId } },
    });
    const first = { connectionId, accountSid: owner, day: ownerSync.usageDailyFrom! };
    await opened.db.completenessCheck.deleteMany({ where: first });
    expect(await getVerifiedThrough({ connectionId, accountSids: [owner] })).toBeNull();
    expect(await getVerifiedThrough({ connectionId })).toBeNull();
    expect(await getVerifiedThrough({ connectionId, accountSids: [sub] })).toBe(subThrough);
  });

  it("judges a day whose calls are not all priced on counts and minutes, and compares prices once they are", async () => {
    const { connectionId, connectSid, owner } = await connected("late-price");
    await syncConnection(connectionId);
    const [latePrice, wrongPrice] = [daysAgo(4), daysAgo(5)];
    const completedOn = (day: Date) =>
      opened.db.call.findFirstOrThrow({
        where: {
          connectionId,
          accountSid: owner,
          status: "completed",
          price: { not: null },
          startTime: { gte: day, lt: new Date(day.getTime() + DAY_MS) },
        },
      });
    // Twilio's usage has the price of a call the import has without one yet; another call's
    // stored price is off by a dollar.
    const unpriced = await completedOn(latePrice);
    const mispriced = await completedOn(wrongPrice);
    await opened.db.call.update({
      where: { connectionId_sid: { connectionId, sid: unpriced.sid } },
      data: { price: null },
    });
    await opened.db.call.update({
      where: { connectionId_sid: { connectionId, sid: mispriced.sid } },
      data: { price: Number(mispriced.price) - 1 },
    });

    const account = await opened.db.twilioAccount.findFirstOrThrow({ where: { connectionId, sid: owner } });
    expect(await acquireLease(account.id, connectionId, "price-check")).toBe(true);
    const mark = requests.count();
    await checkAccount(
      twilioClientFor(connectSid),
      {
        accountId: account.id,
        accountSid: owner,
        connectionId,
        leaseOwner: "price-check",
        lists: ["calls", "messages"],
      },
      {
        mode: "sync",
        reread: { first: daysAgo(7), last: daysAgo(0) },
        monthlyRebuilds: new MonthlyRebuilds(connectionId),
      },
    );
    const check = (day: Date) =>
      opened.db.completenessCheck.findUniqueOrThrow({
        where: { connectionId_accountSid_day: { connectionId, accountSid: owner, day } },
      });
    // The late price: verified on counts and minutes, its prices apart, nothing imported again.
    const late = await check(latePrice);
    expect(late).toMatchObject({ status: "verified", pricesSettled: false, reimportedAt: null });
    expect(Number(late.usageCallPrice) - Number(late.importedCallPrice)).toBeGreaterThan(0.005);
    expect(dayReads(mark, owner, latePrice)).toEqual([]);
    // Every call priced: the prices are compared, the day imported again, its price read back.
    const wrong = await check(wrongPrice);
    expect(wrong).toMatchObject({ status: "verified", pricesSettled: true, reimportedAt: expect.any(Date) });
    expect(dayReads(mark, owner, wrongPrice).length).toBeGreaterThan(0);
    const restored = await opened.db.call.findUniqueOrThrow({
      where: { connectionId_sid: { connectionId, sid: mispriced.sid } },
    });
    expect(Number(restored.price)).toBe(Number(mispriced.price));
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTopNumbers } from "@/lib/analytics";
import type { OpenedDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { markMonthlyStatsStale, rebuildMonthlyStats } from "./monthly-stats";

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
    getTopNumbers({ connectionId, timeZone: "UTC", range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") } });
  const countedUntil = async () =>
    new Map((await opened.db.twilioAccount.findMany({ where: { connectionId } })).map((a) => [a.sid, a.monthlyStatsUntil?.toISOString() ?? null]));
  const nextMonth = () => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
  };

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const user = await opened.db.user.create({ data: { email: `numbers-${kind}@example.com` } });
    connectionId = (await opened.db.twilioConnection.create({ data: { userId: user.id, connectAccountSid: `AC${"e".repeat(32)}` } })).id;
    await opened.db.twilioAccount.createMany({
      data: [ACCOUNT_A, ACCOUNT_B].map((sid) => ({ connectionId, sid, ownerAccountSid: ACCOUNT_A, friendlyName: sid, status: "active" })),
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

  it("counts from the calls while no account has been rolled up", async () => {
    expect(await countedUntil()).toEqual(new Map([[ACCOUNT_A, null], [ACCOUNT_B, null]]));
    expect(await topNumbers()).toEqual(expected);
  });

  it("sums every account's calls per month, party and number, and marks the accounts counted", async () => {
    await rebuildMonthlyStats(connectionId, [ACCOUNT_A, ACCOUNT_B]);
    const rows = await opened.db.callNumberMonthlyStat.findMany({ where: { connectionId }, orderBy: [{ party: "asc" }, { month: "asc" }, { number: "asc" }] });
    expect(rows.map((r) => [r.party, r.month.toISOString().slice(0, 7), r.number, r.country, r.calls, Number(r.durationSeconds)])).toEqual([
      ["from", "2026-01", ALICE, "US", 3, 95],
      ["from", "2026-02", CAROL, "GB", 1, 10],
      ["to", "2026-01", BOB, "US", 2, 90],
      ["to", "2026-01", CAROL, "GB", 1, 5],
      ["to", "2026-02", BOB, "US", 1, 10],
    ]);
    expect(await countedUntil()).toEqual(new Map([[ACCOUNT_A, nextMonth()], [ACCOUNT_B, nextMonth()]]));
    expect(await topNumbers()).toEqual(expected);
  });

  it("counts calls an import is still writing, then the rebuilt sums", async () => {
    await markMonthlyStatsStale(connectionId, ACCOUNT_B, new Date("2026-02-14T00:00:00Z"));
    expect((await countedUntil()).get(ACCOUNT_B)).toBe("2026-02-01T00:00:00.000Z");
    await addCall(ACCOUNT_B, BOB, CAROL, "2026-02-20T10:00:00Z", 7);
    const withNewCall = {
      called: [expected.called[0], { number: CAROL, country: "GB", calls: 2, durationSeconds: 12 }],
      calling: [expected.calling[0], { number: BOB, country: "US", calls: 1, durationSeconds: 7 }, expected.calling[1]],
    };
    expect(await topNumbers()).toEqual(withNewCall);

    await rebuildMonthlyStats(connectionId, [ACCOUNT_B]);
    expect((await countedUntil()).get(ACCOUNT_B)).toBe(nextMonth());
    expect(await topNumbers()).toEqual(withNewCall);
  });

  it("leaves an account never rolled up uncounted when marked stale", async () => {
    await opened.db.twilioAccount.create({ data: { connectionId, sid: `AC${"c".repeat(32)}`, ownerAccountSid: ACCOUNT_A, friendlyName: "C", status: "active" } });
    await markMonthlyStatsStale(connectionId, `AC${"c".repeat(32)}`, new Date("2026-02-14T00:00:00Z"));
    expect((await countedUntil()).get(`AC${"c".repeat(32)}`)).toBeNull();
  });
});

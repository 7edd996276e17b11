import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { linkTwilioAccount } from "@/lib/connections";
import { Prisma, type OpenedDatabase } from "@/lib/db";
import { applyRetention, retentionCutoff } from "@/lib/privacy";
import { syncConnection } from "@/lib/sync";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";

// The retention period as the operator sets it: none while the history is first imported, then 30 days.
const settings = vi.hoisted(() => ({ retentionDays: undefined as number | undefined }));
vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  return { ...actual, env: () => ({ ...actual.env(), RETENTION_DAYS: settings.retentionDays }) };
});

const simulator = startAppSimulator();
const RETENTION_DAYS = 30;

describe.each(testDatabaseKinds())("the retention period on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const owner = await newWorkspaceOwner(opened.db, `retention-${kind}@example.com`);
    const email = `retention-twilio-${kind}@example.com`;
    await simulator.current.control.createUser({
      name: "Kept",
      email,
      calls: 400,
      messages: 200,
      historyDays: 90,
      subaccounts: [{ friendlyName: "Support", calls: 20, messages: 10 }],
    });
    ({ connectionId } = await linkTwilioAccount(owner.target, await simulator.current.connect(email)));
    settings.retentionDays = undefined;
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
  });
  afterAll(async () => {
    settings.retentionDays = undefined;
    await opened?.close();
  });

  /** What is stored before and from `cutoff`, and whether the hourly rollups count exactly the calls stored. */
  async function stored(cutoff: Date) {
    const db = opened.db;
    const where = { connectionId };
    const [rolledUp] = await db.$queryRaw<{ calls: bigint | null }[]>`
      SELECT sum("calls") AS calls FROM "CallHourlyStat" WHERE "connectionId" = ${connectionId}`;
    return {
      oldCalls: await db.call.count({ where: { ...where, startTime: { lt: cutoff } } }),
      keptCalls: await db.call.count({ where: { ...where, startTime: { gte: cutoff } } }),
      oldMessages: await db.message.count({ where: { ...where, dateSent: { lt: cutoff } } }),
      keptMessages: await db.message.count({ where: { ...where, dateSent: { gte: cutoff } } }),
      callsMatchRollups: Number(rolledUp?.calls ?? 0) === (await db.call.count({ where })),
      oldSummaries:
        (await db.callHourlyStat.count({ where: { ...where, hour: { lt: cutoff } } })) +
        (await db.callInboundNumberHourlyStat.count({ where: { ...where, hour: { lt: cutoff } } })) +
        (await db.messageHourlyStat.count({ where: { ...where, hour: { lt: cutoff } } })) +
        (await db.messageDailyBreakdown.count({ where: { ...where, day: { lt: cutoff } } })),
      monthlySumsOffTheRecords: await monthlySumsOffTheRecords(),
      oldChecks: await db.completenessCheck.count({ where: { ...where, day: { lt: cutoff } } }),
      usageRecords: await db.usageRecord.count({ where }),
    };
  }

  /**
   * The monthly, quarterly and yearly number sums that do not add up to the records stored in their
   * period: a sum still counting deleted records. Message months marked stale are not read (the
   * dashboard counts their messages instead, and the next import sums them again).
   */
  async function monthlySumsOffTheRecords() {
    return opened.db.$queryRaw<{ list: string; month: Date; months: number }[]>`
      SELECT 'calls' AS list, s."month", s."months" FROM "CallNumberMonthlyStat" s
      WHERE s."connectionId" = ${connectionId} AND s."party" = 'from'
      GROUP BY s."month", s."months"
      HAVING sum(s."calls") <> (
        SELECT count(*) FROM "Call" c WHERE c."connectionId" = ${connectionId}
          AND c."startTime" >= s."month" AND c."startTime" < s."month" + make_interval(months => s."months"))
      UNION ALL
      SELECT 'messages', s."month", s."months" FROM "MessageMonthlyBreakdown" s
      WHERE s."connectionId" = ${connectionId} AND s."kind" = 'from'
        AND NOT EXISTS (
          SELECT 1 FROM "MessageStaleMonth" m WHERE m."connectionId" = ${connectionId}
            AND m."month" >= s."month" AND m."month" < s."month" + make_interval(months => s."months"))
      GROUP BY s."month", s."months"
      HAVING sum(s."messages") <> (
        SELECT count(*) FROM "Message" c WHERE c."connectionId" = ${connectionId}
          AND c."dateSent" >= s."month" AND c."dateSent" < s."month" + make_interval(months => s."months"))
      ORDER BY 1, 2, 3`;
  }

  it("deletes the calls and messages before the period with their summaries, and the next import brings none back", async () => {
    settings.retentionDays = RETENTION_DAYS;
    const cutoff = retentionCutoff()!;
    expect(cutoff.getTime() % 86_400_000).toBe(0);
    const before = await stored(cutoff);
    expect(before.oldCalls).toBeGreaterThan(100);
    expect(before.oldMessages).toBeGreaterThan(50);
    expect(before.oldSummaries).toBeGreaterThan(0);
    expect(before.monthlySumsOffTheRecords).toEqual([]);
    expect(before.oldChecks).toBeGreaterThan(0);
    expect(before.callsMatchRollups).toBe(true);

    const outcome = await applyRetention();
    expect(outcome).toMatchObject({ calls: before.oldCalls, messages: before.oldMessages, done: true });
    const after = await stored(cutoff);
    expect(after).toEqual({
      ...before,
      oldCalls: 0,
      oldMessages: 0,
      oldSummaries: 0,
      oldChecks: 0,
      // Usage records are Twilio's billing totals (no numbers): the spend page keeps them.
      usageRecords: before.usageRecords,
    });

    // A full import again (its history read from the start, and every day checked against usage).
    await opened.db.accountSync.updateMany({
      where: { connectionId },
      data: { completeUntil: null, plan: Prisma.DbNull },
    });
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    expect(await stored(cutoff)).toEqual(after);
    expect(await applyRetention()).toMatchObject({ calls: 0, messages: 0, done: true });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { checkRule } from "./checks";
import { PRESETS } from "./kinds";
import { addHours, startOfHour } from "./measure";

// Rules that watch numbers, against per-number rollup rows written here, on both databases: a
// number gone quiet in hours that usually bring it calls, the history it needs, the number and
// account scopes, and that another connection's numbers are never read.

const NOW = new Date("2026-11-18T14:35:00Z"); // a Wednesday
const ACCOUNT = `AC${"1".repeat(32)}`;
const OTHER_ACCOUNT = `AC${"2".repeat(32)}`;
const SALES = "+14155550100";
const SUPPORT = "+14155550199";
const FAX = "+14155550142";
const WEEK = 24 * 7;

describe.each(testDatabaseKinds())("number alert checks on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;
  let otherConnectionId: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const owner = await newWorkspaceOwner(opened.db, `number-checks-${kind}@example.com`);
    const connect = async (sid: string) =>
      (await opened.db.twilioConnection.create({ data: { workspaceId: owner.workspaceId, connectAccountSid: sid } }))
        .id;
    connectionId = await connect(`AC${"a".repeat(32)}`);
    otherConnectionId = await connect(`AC${"b".repeat(32)}`);
  });
  afterAll(async () => opened?.close());

  /** Inbound calls to a number in an hour, by status; the connection's hourly rollup gets them too. */
  async function calls(number: string, hour: Date, counts: Record<string, number>, more = {}) {
    const where = { connectionId, accountSid: ACCOUNT, ...more };
    for (const [status, n] of Object.entries(counts)) {
      await opened.db.callInboundNumberHourlyStat.create({ data: { ...where, number, hour, status, calls: n } });
      await opened.db.callHourlyStat.upsert({
        where: {
          connectionId_accountSid_hour_status_direction: { ...where, hour, status, direction: "inbound" },
        },
        create: {
          ...where,
          hour,
          status,
          direction: "inbound",
          calls: n,
          durationSeconds: 0,
          price: 0,
          pricedCalls: 0,
        },
        update: { calls: { increment: n } },
      });
    }
  }
  async function clear() {
    await opened.db.callInboundNumberHourlyStat.deleteMany();
    await opened.db.callHourlyStat.deleteMany();
  }
  const scope = (number: string | null = null, accountSid: string | null = null) => ({
    connectionId,
    accountSid,
    number,
  });
  const lastTwo = [addHours(startOfHour(NOW), -2), addHours(startOfHour(NOW), -1)];
  /** `perHour` calls to the number in each of the last two full hours of each of `weeks` weeks before. */
  async function history(number: string, perHour: number, weeks = 8) {
    for (let week = 1; week <= weeks; week++)
      for (const hour of lastTwo) await calls(number, addHours(hour, -WEEK * week), { completed: perHour });
  }
  const silent = { kind: "silent-number", params: PRESETS["silent-number"] } as const;

  it("a number that usually gets calls in these hours and got none fires; the others are watched or left out", async () => {
    await clear();
    await history(SALES, 4); // usually 4 + 4 in the two hours: watched (preset: at least 6)
    await history(SUPPORT, 5);
    await history(FAX, 1); // usually 2: too quiet to watch
    await calls(SUPPORT, lastTwo[1]!, { completed: 3 });
    const figures = await checkRule(silent, scope(), NOW);
    expect(figures).toMatchObject({
      verdict: "firing",
      from: lastTwo[0]!.toISOString(),
      until: startOfHour(NOW).toISOString(),
      numbers: [SALES],
      values: { silentNumbers: 1, watchedNumbers: 2, usual: 8, weeks: 8 },
    });
    expect(figures.summary).toContain(`${SALES} (usually 8)`);
    // Scoped to one number: only that number decides.
    expect(await checkRule(silent, scope(SUPPORT), NOW)).toMatchObject({ verdict: "clear", numbers: [] });
    expect(await checkRule(silent, scope(SALES), NOW)).toMatchObject({ verdict: "firing", numbers: [SALES] });
    // One call, even unanswered, and the number is not silent.
    await calls(SALES, lastTwo[0]!, { "no-answer": 1 });
    expect(await checkRule(silent, scope(), NOW)).toMatchObject({
      verdict: "clear",
      values: { silentNumbers: 0, watchedNumbers: 2 },
    });
  });

  it("hours that are usually quiet, or too short a history, decide nothing", async () => {
    await clear();
    await history(SALES, 4);
    // At night the same number usually gets nothing: no number to watch.
    const night = new Date("2026-11-18T04:35:00Z");
    expect(await checkRule(silent, scope(), night)).toMatchObject({
      verdict: "unknown",
      values: { watchedNumbers: 0 },
    });
    // Three weeks of calls only: no usual level yet.
    await clear();
    await history(SALES, 10, 3);
    expect(await checkRule(silent, scope(), NOW)).toMatchObject({ verdict: "unknown", values: { weeks: 3 } });
  });

  it("the account scope, and another connection's numbers, are never mixed in", async () => {
    await clear();
    await history(SALES, 4);
    await calls(SALES, lastTwo[1]!, { completed: 6 }, { accountSid: OTHER_ACCOUNT });
    await calls(SALES, lastTwo[1]!, { completed: 6 }, { connectionId: otherConnectionId });
    // The calls in the other account still reach the number: all accounts together, it is not silent.
    expect(await checkRule(silent, scope(), NOW)).toMatchObject({ verdict: "clear" });
    expect(await checkRule(silent, scope(null, ACCOUNT), NOW)).toMatchObject({ verdict: "firing", numbers: [SALES] });
  });

  it("answer rate and calls per hour, scoped to a number, count the inbound calls to it only", async () => {
    await clear();
    const current = startOfHour(NOW);
    await calls(SALES, current, { completed: 5, "no-answer": 20 });
    await calls(SUPPORT, current, { completed: 100 });
    const answerRate = { kind: "answer-rate", params: PRESETS["answer-rate"] } as const;
    expect(await checkRule(answerRate, scope(SALES), NOW)).toMatchObject({
      verdict: "firing",
      values: { answered: 5, ended: 25 },
    });
    expect(await checkRule(answerRate, scope(), NOW)).toMatchObject({
      verdict: "clear",
      values: { answered: 105, ended: 125 },
    });
    await history(SUPPORT, 40);
    const volume = { kind: "call-volume", params: PRESETS["call-volume"] } as const;
    expect(await checkRule(volume, scope(SUPPORT), NOW)).toMatchObject({
      verdict: "firing",
      values: { calls: 0, median: 40, weeks: 8 },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { checkRule } from "./checks";
import { PRESETS } from "./kinds";
import { addHours, startOfHour } from "./measure";

// Each kind measured against hourly rollup rows written here, on both databases: the figures, the
// minimum that keeps small numbers quiet, the account scope, and that a connection's rule never
// counts another connection's rows.

const NOW = new Date("2026-11-18T14:35:00Z"); // a Wednesday
const ACCOUNT = `AC${"1".repeat(32)}`;
const OTHER_ACCOUNT = `AC${"2".repeat(32)}`;

describe.each(testDatabaseKinds())("alert checks on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;
  let otherConnectionId: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const owner = await newWorkspaceOwner(opened.db, `checks-${kind}@example.com`);
    const other = await newWorkspaceOwner(opened.db, `checks-other-${kind}@example.com`);
    const connect = async (workspaceId: string, sid: string) =>
      (await opened.db.twilioConnection.create({ data: { workspaceId, connectAccountSid: sid } })).id;
    connectionId = await connect(owner.workspaceId, `AC${"a".repeat(32)}`);
    otherConnectionId = await connect(other.workspaceId, `AC${"b".repeat(32)}`);
  });
  afterAll(async () => opened?.close());

  async function calls(connection: string, hour: Date, counts: Record<string, number>, accountSid = ACCOUNT) {
    await opened.db.callHourlyStat.createMany({
      data: Object.entries(counts).map(([status, n]) => ({
        connectionId: connection,
        accountSid,
        hour,
        status,
        direction: "inbound",
        calls: n,
        durationSeconds: 0,
        price: 0,
        pricedCalls: 0,
      })),
    });
  }
  const clear = () => opened.db.callHourlyStat.deleteMany();
  const scope = (accountSid: string | null = null) => ({ connectionId, accountSid, number: null });

  it("answer rate: ended calls of the last hours only; below the minimum nothing is decided", async () => {
    await clear();
    const current = startOfHour(NOW);
    await calls(connectionId, current, { completed: 5, "no-answer": 10, "in-progress": 7 });
    await calls(connectionId, addHours(current, -2), { completed: 4, busy: 6 });
    // Outside the three hours: never counted.
    await calls(connectionId, addHours(current, -3), { completed: 100 });
    const spec = { kind: "answer-rate", params: PRESETS["answer-rate"] } as const;
    const figures = await checkRule(spec, scope(), NOW);
    expect(figures).toMatchObject({
      verdict: "firing",
      from: addHours(current, -2).toISOString(),
      until: addHours(current, 1).toISOString(),
      values: { answered: 9, ended: 25, answerRate: 9 / 25 },
    });
    expect(figures.summary).toContain("36.0%");
    // A quiet night: three calls, none answered, is not enough to page anyone.
    await clear();
    await calls(connectionId, current, { "no-answer": 3 });
    expect(await checkRule(spec, scope(), NOW)).toMatchObject({ verdict: "unknown", values: { ended: 3 } });
  });

  it("failure share and the account scope; another connection's rows are never read", async () => {
    await clear();
    const current = startOfHour(NOW);
    await calls(connectionId, current, { completed: 30, failed: 2 });
    await calls(connectionId, current, { completed: 5, failed: 20, busy: 5 }, OTHER_ACCOUNT);
    await calls(otherConnectionId, current, { failed: 500 });
    const spec = { kind: "failure-share", params: PRESETS["failure-share"] } as const;
    expect(await checkRule(spec, scope(ACCOUNT), NOW)).toMatchObject({
      verdict: "clear",
      values: { ended: 32, failed: 2 },
    });
    expect(await checkRule(spec, scope(OTHER_ACCOUNT), NOW)).toMatchObject({
      verdict: "firing",
      values: { ended: 30, failed: 20, busy: 5 },
    });
    expect(await checkRule(spec, scope(), NOW)).toMatchObject({ values: { ended: 62, failed: 22, busy: 5 } });
  });

  it("calls per hour against the median and spread of the same weekday-hour over 8 weeks", async () => {
    await clear();
    const lastFull = addHours(startOfHour(NOW), -1);
    const weeks = [40, 44, 38, 41, 39, 42, 120, 40]; // one odd week does not move the median
    for (const [week, n] of weeks.entries())
      await calls(connectionId, addHours(lastFull, -168 * (week + 1)), { completed: n });
    const spec = { kind: "call-volume", params: PRESETS["call-volume"] } as const;
    await calls(connectionId, lastFull, { completed: 12 });
    const low = await checkRule(spec, scope(), NOW);
    expect(low).toMatchObject({ verdict: "firing", values: { calls: 12, median: 40.5, weeks: 8 } });
    // Spread: 1.4826 × MAD (1.5 here) is below √median, so √40.5.
    expect(low.values.spread).toBeCloseTo(Math.sqrt(40.5));
    await opened.db.callHourlyStat.deleteMany({ where: { hour: lastFull } });
    await calls(connectionId, lastFull, { completed: 45 });
    expect(await checkRule(spec, scope(), NOW)).toMatchObject({ verdict: "clear", values: { calls: 45 } });
    // "below" only: a surge does not fire it.
    await opened.db.callHourlyStat.deleteMany({ where: { hour: lastFull } });
    await calls(connectionId, lastFull, { completed: 400 });
    const below = { kind: "call-volume", params: { ...PRESETS["call-volume"], direction: "below" } } as const;
    expect(await checkRule(below, scope(), NOW)).toMatchObject({ verdict: "clear" });
    expect(await checkRule(spec, scope(), NOW)).toMatchObject({ verdict: "firing" });
  });

  it("calls per hour: tiny numbers and a short history decide nothing", async () => {
    await clear();
    const lastFull = addHours(startOfHour(NOW), -1);
    for (const week of [1, 2, 3, 4, 5, 6, 7, 8])
      await calls(connectionId, addHours(lastFull, -168 * week), { completed: 2 });
    const spec = { kind: "call-volume", params: PRESETS["call-volume"] } as const;
    // 0 calls against a median of 2: far in spreads, but under the minimum of 10.
    expect(await checkRule(spec, scope(), NOW)).toMatchObject({ verdict: "unknown", values: { calls: 0, median: 2 } });
    // Three weeks of history only: no usual level yet.
    await clear();
    for (const week of [1, 2, 3]) await calls(connectionId, addHours(lastFull, -168 * week), { completed: 50 });
    expect(await checkRule(spec, scope(), NOW)).toMatchObject({ verdict: "unknown", values: { weeks: 3 } });
  });

  const messageRow = (hour: Date, status: string, direction: string, messages: number) => ({
    connectionId,
    accountSid: ACCOUNT,
    hour,
    status,
    direction,
    channel: "sms",
    messages,
    segments: messages,
    price: 0,
    pricedMessages: 0,
    pricedSegments: 0,
  });

  it("message delivery rate over outbound messages with an outcome", async () => {
    const row = (status: string, direction: string, messages: number) =>
      messageRow(startOfHour(NOW), status, direction, messages);
    await opened.db.messageHourlyStat.createMany({
      data: [
        row("delivered", "outbound-api", 30),
        row("undelivered", "outbound-api", 10),
        row("failed", "outbound-api", 5),
        row("sent", "outbound-api", 50), // no outcome yet
        row("received", "inbound", 400),
      ],
    });
    const spec = { kind: "delivery-rate", params: PRESETS["delivery-rate"] } as const;
    expect(await checkRule(spec, scope(), NOW)).toMatchObject({
      verdict: "firing",
      values: { delivered: 30, settled: 45, deliveryRate: 30 / 45 },
    });
  });

  it("messages per hour: a burst fires, a usual hour does not, with the figures that decided it", async () => {
    await opened.db.messageHourlyStat.deleteMany();
    const lastFull = addHours(startOfHour(NOW), -1);
    const weeks = [60, 64, 58, 61, 59, 62, 300, 60]; // one odd week does not move the median
    const messages = (hour: Date, n: number) =>
      opened.db.messageHourlyStat.createMany({
        data: [messageRow(hour, "delivered", "outbound-api", n - 10), messageRow(hour, "received", "inbound", 10)],
      });
    for (const [week, n] of weeks.entries()) await messages(addHours(lastFull, -168 * (week + 1)), n);
    // Calls keep their own level: a message burst is not a call burst.
    await clear();
    const spec = { kind: "message-volume", params: PRESETS["message-volume"] } as const;
    await messages(lastFull, 200);
    const burst = await checkRule(spec, scope(), NOW);
    expect(burst).toMatchObject({
      verdict: "firing",
      from: lastFull.toISOString(),
      values: { messages: 200, median: 60.5, weeks: 8 },
    });
    // Spread: 1.4826 × MAD (1.5 here) is below √median, so √60.5.
    expect(burst.values.spread).toBeCloseTo(Math.sqrt(60.5));
    expect(burst.values.spreadsAway).toBeCloseTo((200 - 60.5) / Math.sqrt(60.5));
    expect(burst.summary).toContain("200 messages in the hour");
    const callVolume = { kind: "call-volume", params: PRESETS["call-volume"] } as const;
    expect(await checkRule(callVolume, scope(), NOW)).toMatchObject({ verdict: "unknown", values: { calls: 0 } });
    await opened.db.messageHourlyStat.deleteMany({ where: { hour: lastFull } });
    await messages(lastFull, 66);
    expect(await checkRule(spec, scope(), NOW)).toMatchObject({ verdict: "clear", values: { messages: 66 } });
  });
});

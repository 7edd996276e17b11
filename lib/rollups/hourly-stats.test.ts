import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { rebuildStats } from "./hourly-stats";
import { rebuildStaleMonths } from "./monthly-numbers";
import { CALL_STATS, MESSAGE_STATS } from "./records";

describe.each(testDatabaseKinds())("hourly stats on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    connectionId = (
      await opened.db.twilioConnection.create({
        data: { workspace: { create: { name: "Test" } }, connectAccountSid: `AC${"c".repeat(32)}` },
      })
    ).id;
    const base = {
      connectionId,
      accountSid: `AC${"d".repeat(32)}`,
      from: "+15551230000",
      to: "+447700900000",
      dateCreated: new Date(),
      dateUpdated: new Date(),
    };
    await opened.db.call.createMany({
      data: [
        {
          ...base,
          sid: "CA1",
          direction: "inbound",
          status: "completed",
          startTime: new Date("2026-05-01T10:05:00Z"),
          duration: 60,
          price: "-0.0130",
        },
        {
          ...base,
          sid: "CA2",
          direction: "inbound",
          status: "completed",
          startTime: new Date("2026-05-01T10:55:00Z"),
          duration: 30,
          price: null,
        },
        {
          ...base,
          sid: "CA3",
          direction: "outbound-api",
          status: "busy",
          startTime: new Date("2026-05-01T11:00:00Z"),
          duration: 0,
          price: "0",
        },
        {
          ...base,
          sid: "CA4",
          direction: "inbound",
          status: "completed",
          startTime: new Date("2026-05-01T12:00:00Z"),
          duration: 10,
          price: "-0.0100",
        },
      ],
    });
  });
  afterAll(async () => opened?.close());

  it("sums calls, seconds and prices per hour, status and direction, for the hours asked", async () => {
    await rebuildStats(CALL_STATS, connectionId, new Date("2026-05-01T10:30:00Z"), new Date("2026-05-01T12:00:00Z"));
    const rows = await opened.db.callHourlyStat.findMany({ where: { connectionId }, orderBy: { hour: "asc" } });
    expect(
      rows.map((r) => [
        r.hour.toISOString(),
        r.status,
        r.calls,
        Number(r.durationSeconds),
        Number(r.price),
        r.pricedCalls,
      ]),
    ).toEqual([
      ["2026-05-01T10:00:00.000Z", "completed", 2, 90, -0.013, 1],
      ["2026-05-01T11:00:00.000Z", "busy", 1, 0, 0, 1],
    ]);
    // The first half-hour's share: CA1 (10:05) of 10:00's two calls, CA3 (11:00 sharp) of 11:00's.
    expect(
      rows.map((r) => [
        r.firstHalfCalls,
        Number(r.firstHalfDurationSeconds),
        Number(r.firstHalfPrice),
        r.firstHalfPricedCalls,
      ]),
    ).toEqual([
      [1, 60, -0.013, 1],
      [1, 0, 0, 1],
    ]);
  });

  it("replaces what it rebuilt: running it twice changes nothing", async () => {
    const range = [new Date("2026-05-01T00:00:00Z"), new Date("2026-05-02T00:00:00Z")] as const;
    await rebuildStats(CALL_STATS, connectionId, ...range);
    await rebuildStats(CALL_STATS, connectionId, ...range);
    const total = await opened.db.callHourlyStat.aggregate({ where: { connectionId }, _sum: { calls: true } });
    expect(total._sum.calls).toBe(4);
  });

  it("rebuilds a message window's hours and whole days, and its months' number sums once asked, replacing what an earlier import summed", async () => {
    const message = (sid: string, status: string, dateSent: string) => ({
      connectionId,
      sid,
      accountSid: `AC${"d".repeat(32)}`,
      direction: "outbound-api",
      status,
      from: "+15551230000",
      to: "+447700900000",
      toCountry: "GB",
      dateSent: new Date(dateSent),
      dateCreated: new Date(dateSent),
      dateUpdated: new Date(dateSent),
      numSegments: 2,
      channel: "sms",
    });
    await opened.db.message.createMany({
      data: [message("SM1", "sent", "2026-05-03T08:10:00Z"), message("SM2", "sent", "2026-05-03T20:00:00Z")],
    });
    const day = [new Date("2026-05-03T00:00:00Z"), new Date("2026-05-04T00:00:00Z")] as const;
    await rebuildStats(MESSAGE_STATS, connectionId, ...day, `AC${"d".repeat(32)}`);
    await rebuildStaleMonths(MESSAGE_STATS, connectionId);
    const numbersTo = async () =>
      (
        await opened.db.messageMonthlyBreakdown.findMany({
          where: { connectionId, kind: "to" },
          orderBy: { months: "asc" },
        })
      ).map((r) => [r.months, r.month.toISOString(), r.key, r.messages]);
    const may = (messages: number) => [
      [1, "2026-05-01T00:00:00.000Z", "+447700900000", messages],
      [3, "2026-04-01T00:00:00.000Z", "+447700900000", messages],
      [12, "2026-01-01T00:00:00.000Z", "+447700900000", messages],
    ];
    expect(await numbersTo()).toEqual(may(2));
    // Twilio delivered SM1 and SM2 is gone; the next window over the day sums again.
    await opened.db.message.update({
      where: { connectionId_sid: { connectionId, sid: "SM1" } },
      data: { status: "delivered" },
    });
    await opened.db.message.delete({ where: { connectionId_sid: { connectionId, sid: "SM2" } } });
    await rebuildStats(MESSAGE_STATS, connectionId, ...day, `AC${"d".repeat(32)}`);
    // The window marks May stale: its number sums wait for the import to have read its windows.
    expect(await opened.db.messageStaleMonth.count({ where: { connectionId } })).toBe(1);
    expect(await numbersTo()).toEqual(may(2));
    await rebuildStaleMonths(MESSAGE_STATS, connectionId);
    expect(await numbersTo()).toEqual(may(1));
    expect(await opened.db.messageStaleMonth.count({ where: { connectionId } })).toBe(0);

    const hourly = await opened.db.messageHourlyStat.findMany({ where: { connectionId } });
    expect(hourly.map((r) => [r.hour.toISOString(), r.status, r.messages, r.segments, r.firstHalfMessages])).toEqual([
      ["2026-05-03T08:00:00.000Z", "delivered", 1, 2, 1],
    ]);
    const daily = await opened.db.messageDailyBreakdown.findMany({ where: { connectionId }, orderBy: { kind: "asc" } });
    expect(daily.map((r) => [r.kind, r.status, r.key, r.messages])).toEqual([["country", "delivered", "GB", 1]]);
    // The calls' rollups are the calls' own: a message rebuild leaves them alone.
    expect(
      (await opened.db.callHourlyStat.aggregate({ where: { connectionId }, _sum: { calls: true } }))._sum.calls,
    ).toBe(4);
  });

  it("counts inbound calls per number called, hour, account and status; outbound calls reach no number of ours", async () => {
    await opened.db.call.createMany({
      data: [
        {
          connectionId,
          sid: "CA5",
          accountSid: `AC${"d".repeat(32)}`,
          from: "+15551239999",
          to: "+447700900111",
          direction: "trunking-originating",
          status: "no-answer",
          startTime: new Date("2026-05-01T10:20:00Z"),
          dateCreated: new Date(),
          dateUpdated: new Date(),
        },
      ],
    });
    await rebuildStats(CALL_STATS, connectionId, new Date("2026-05-01T00:00:00Z"), new Date("2026-05-02T00:00:00Z"));
    const rows = await opened.db.callInboundNumberHourlyStat.findMany({
      where: { connectionId },
      orderBy: [{ hour: "asc" }, { number: "asc" }],
    });
    expect(rows.map((r) => [r.hour.toISOString(), r.number, r.status, r.calls])).toEqual([
      ["2026-05-01T10:00:00.000Z", "+447700900000", "completed", 2],
      ["2026-05-01T10:00:00.000Z", "+447700900111", "no-answer", 1],
      ["2026-05-01T12:00:00.000Z", "+447700900000", "completed", 1],
    ]);
    // Rebuilt, not added to: a second pass over the day counts each call once.
    await rebuildStats(CALL_STATS, connectionId, new Date("2026-05-01T00:00:00Z"), new Date("2026-05-02T00:00:00Z"));
    const total = await opened.db.callInboundNumberHourlyStat.aggregate({
      where: { connectionId },
      _sum: { calls: true },
    });
    expect(total._sum.calls).toBe(4);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import type { WireRecord } from "@/lib/twilio";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { upsertRecords } from "./write-rows";

const ACCOUNT = `AC${"e".repeat(32)}`;

function wireCall(sid: string, overrides: WireRecord = {}): WireRecord {
  return {
    sid,
    account_sid: ACCOUNT,
    parent_call_sid: null,
    direction: "inbound",
    status: "in-progress",
    from: "+14155550100",
    to: "+442079460000",
    start_time: "Fri, 01 May 2026 10:05:00 +0000",
    end_time: null,
    date_created: "Fri, 01 May 2026 10:04:59 +0000",
    date_updated: "Fri, 01 May 2026 10:05:00 +0000",
    duration: null,
    price: null,
    price_unit: "USD",
    answered_by: null,
    queue_time: "0",
    caller_name: 'O\'Brien "Ltd"',
    forwarded_from: null,
    ...overrides,
  };
}

describe.each(testDatabaseKinds())("upsertRecords on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    connectionId = (
      await opened.db.twilioConnection.create({
        data: { workspace: { create: { name: "Test" } }, connectAccountSid: `AC${"f".repeat(32)}` },
      })
    ).id;
  });
  afterAll(async () => opened?.close());

  it("stores every field of a calls page, parsed: times in UTC, parties classified, quotes intact", async () => {
    await upsertRecords(opened.connection, "calls", connectionId, [
      wireCall("CA1"),
      wireCall("CA2", { parent_call_sid: "CA1", direction: "outbound-dial" }),
    ]);
    const stored = await opened.db.call.findUniqueOrThrow({
      where: { connectionId_sid: { connectionId, sid: "CA2" } },
    });
    expect(stored).toMatchObject({
      parentCallSid: "CA1",
      direction: "outbound-dial",
      callerName: 'O\'Brien "Ltd"',
      fromCountry: "US",
      toCountry: "GB",
      fromNumberType: "fixed-line-or-mobile",
      toNumberType: "fixed-line",
      queueTime: 0,
    });
    expect(stored.startTime.toISOString()).toBe("2026-05-01T10:05:00.000Z");
    expect(stored.price).toBeNull();
  });

  it("updates a call whose status and price changed instead of duplicating it", async () => {
    await upsertRecords(opened.connection, "calls", connectionId, [
      wireCall("CA1", {
        status: "completed",
        duration: "125",
        price: "-0.01300",
        end_time: "Fri, 01 May 2026 10:07:05 +0000",
      }),
    ]);
    expect(await opened.db.call.count({ where: { connectionId } })).toBe(2);
    const stored = await opened.db.call.findUniqueOrThrow({
      where: { connectionId_sid: { connectionId, sid: "CA1" } },
    });
    expect(stored).toMatchObject({ status: "completed", duration: 125 });
    expect(stored.price?.toString()).toBe("-0.013");
  });

  it("stores messages' metadata and never their body", async () => {
    await upsertRecords(opened.connection, "messages", connectionId, [
      {
        sid: "SM1",
        account_sid: ACCOUNT,
        direction: "outbound-api",
        status: "delivered",
        from: "+14155550100",
        to: "+33612345678",
        body: "a private text",
        date_sent: "Fri, 01 May 2026 11:00:00 +0000",
        date_created: "Fri, 01 May 2026 10:59:59 +0000",
        date_updated: "Fri, 01 May 2026 11:00:02 +0000",
        num_segments: "2",
        num_media: "0",
        price: "-0.01580",
        price_unit: "USD",
        error_code: null,
        messaging_service_sid: null,
      },
    ]);
    const stored = await opened.db.message.findUniqueOrThrow({
      where: { connectionId_sid: { connectionId, sid: "SM1" } },
    });
    expect(stored).toMatchObject({ status: "delivered", numSegments: 2, toCountry: "FR", channel: "sms" });
    expect(JSON.stringify(stored)).not.toContain("a private text");
  });

  it("stores each message's channel, and the country behind a WhatsApp address", async () => {
    const message = (sid: string, from: string, to: string, media: string) => ({
      sid,
      account_sid: ACCOUNT,
      direction: "outbound-api",
      status: "sent",
      from,
      to,
      date_sent: "Fri, 01 May 2026 11:00:00 +0000",
      date_created: "Fri, 01 May 2026 11:00:00 +0000",
      date_updated: "Fri, 01 May 2026 11:00:00 +0000",
      num_segments: "1",
      num_media: media,
      price: null,
      price_unit: "USD",
      error_code: null,
      messaging_service_sid: null,
    });
    await upsertRecords(opened.connection, "messages", connectionId, [
      message("SM2", "whatsapp:+14155550100", "whatsapp:+33612345678", "0"),
      message("MM3", "+14155550100", "+14155550101", "1"),
    ]);
    const stored = await opened.db.message.findMany({
      where: { connectionId, sid: { in: ["SM2", "MM3"] } },
      orderBy: { sid: "asc" },
    });
    expect(stored.map((m) => [m.sid, m.channel, m.toCountry])).toEqual([
      ["MM3", "mms", "US"],
      ["SM2", "whatsapp", "FR"],
    ]);
  });
});

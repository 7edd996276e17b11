import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import type { CallRow } from "./call-rows";
import { upsertCalls } from "./write-calls";

function row(sid: string, overrides: Partial<CallRow> = {}): CallRow {
  return {
    sid, accountSid: `AC${"e".repeat(32)}`, parentCallSid: null, direction: "inbound", status: "in-progress",
    from: "+15551230000", to: "+4420\"7946'0000", fromCountry: "US", toCountry: "GB", startTime: "2026-05-01T10:05:00.000Z",
    endTime: null, dateCreated: "2026-05-01T10:04:59.000Z", dateUpdated: "2026-05-01T10:05:00.000Z", duration: null,
    price: null, priceUnit: "USD", answeredBy: null, queueTime: 0, callerName: null, forwardedFrom: null, ...overrides,
  };
}

describe.each(testDatabaseKinds())("upsertCalls on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const user = await opened.db.user.create({ data: { email: `writer-${kind}@example.com` } });
    connectionId = (await opened.db.twilioConnection.create({ data: { userId: user.id, connectAccountSid: `AC${"f".repeat(32)}` } })).id;
  });
  afterAll(async () => opened?.close());

  it("stores every field of a page exactly, quotes and all", async () => {
    await upsertCalls(opened.connection, connectionId, [row("CA1"), row("CA2", { parentCallSid: "CA1", direction: "outbound-dial" })]);
    const stored = await opened.db.call.findUniqueOrThrow({ where: { connectionId_sid: { connectionId, sid: "CA2" } } });
    expect(stored).toMatchObject({ parentCallSid: "CA1", direction: "outbound-dial", to: "+4420\"7946'0000", toCountry: "GB" });
    expect(stored.startTime.toISOString()).toBe("2026-05-01T10:05:00.000Z");
  });

  it("updates a call whose status and price changed instead of duplicating it", async () => {
    await upsertCalls(opened.connection, connectionId, [row("CA1", { status: "completed", duration: 125, price: "-0.01300", endTime: "2026-05-01T10:07:05.000Z" })]);
    expect(await opened.db.call.count({ where: { connectionId } })).toBe(2);
    const stored = await opened.db.call.findUniqueOrThrow({ where: { connectionId_sid: { connectionId, sid: "CA1" } } });
    expect(stored).toMatchObject({ status: "completed", duration: 125 });
    expect(stored.price?.toString()).toBe("-0.013");
  });
});

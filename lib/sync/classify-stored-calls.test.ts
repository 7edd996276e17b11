import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { classifyStoredCalls } from "./classify-stored-calls";

describe.each(testDatabaseKinds())("classifying stored calls on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;
  let sid = 0;
  const addCall = (from: string, to: string, types: { from: string; to: string } | null, country: string | null) =>
    opened.db.call.create({
      data: {
        connectionId,
        sid: `CA${String((sid += 1)).padStart(32, "0")}`,
        accountSid: `AC${"a".repeat(32)}`,
        direction: "outbound-api",
        status: "completed",
        from,
        to,
        // What the import wrote before number types: countries from a prefix table, no types.
        fromCountry: country,
        toCountry: country,
        fromNumberType: types?.from ?? null,
        toNumberType: types?.to ?? null,
        startTime: new Date("2026-05-01T10:00:00Z"),
        dateCreated: new Date("2026-05-01T10:00:00Z"),
        dateUpdated: new Date("2026-05-01T10:00:00Z"),
      },
    });
  const parties = async () =>
    (
      await opened.db.call.findMany({
        where: { connectionId },
        orderBy: { sid: "asc" },
        select: { fromCountry: true, fromNumberType: true, toCountry: true, toNumberType: true },
      })
    ).map((c) => [c.fromCountry, c.fromNumberType, c.toCountry, c.toNumberType]);

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    connectionId = (
      await opened.db.twilioConnection.create({
        data: { workspace: { create: { name: "Test" } }, connectAccountSid: `AC${"c".repeat(32)}` },
      })
    ).id;
  });
  afterAll(async () => opened?.close());

  it("gives calls imported before number types their parties' countries and types, once", async () => {
    await addCall("+442079460000", "+447400123456", null, "GB");
    await addCall("client:alice", "+441481712345", null, "GB");
    await addCall("", "+266696687", null, null);
    // Imported after the upgrade: already classified, left as it is.
    await addCall("+442079460000", "+14155550100", { from: "fixed-line", to: "mobile" }, "GB");
    // Two numbers a statement, so the numbers of one side take more than one.
    await classifyStoredCalls(connectionId, 2);
    expect(await parties()).toEqual([
      ["GB", "fixed-line", "GB", "mobile"],
      [null, "client", "GG", "fixed-line"],
      [null, "unknown", null, "withheld"],
      ["GB", "fixed-line", "GB", "mobile"],
    ]);
    const connection = await opened.db.twilioConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(connection.callsClassifiedAt).not.toBeNull();

    await addCall("+33142868200", "+33612345678", null, "FR");
    await classifyStoredCalls(connectionId);
    expect((await parties()).at(-1)).toEqual(["FR", null, "FR", null]);
  });
});

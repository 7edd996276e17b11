import { afterAll, describe, expect, it } from "vitest";
import { databaseBefore } from "@/tests/helpers/migrations";
import { testDatabaseKinds } from "@/tests/helpers/test-database";

// Messages imported before channels existed get theirs from the same rule the import applies.
const MESSAGE_CHANNELS = "20261207065448_message_channels";

describe.each(testDatabaseKinds())("the message channels migration on %s", (kind) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("gives every stored message its channel", async () => {
    const { db, applyRest, close } = await databaseBefore(kind, MESSAGE_CHANNELS);
    cleanup.push(close);
    const message = (sid: string, from: string, to: string, media: number | null) =>
      `('c1', '${sid}', 'AC1', 'outbound-api', 'sent', '${from}', '${to}', now(), now(), now(), ${media ?? "NULL"})`;
    await db.exec(`
      INSERT INTO "User" ("id", "updatedAt") VALUES ('u1', now());
      INSERT INTO "Workspace" ("id", "name", "updatedAt") VALUES ('w1', 'W', now());
      INSERT INTO "TwilioConnection" ("id", "workspaceId", "connectAccountSid", "updatedAt") VALUES ('c1', 'w1', 'AC1', now());
      INSERT INTO "Message" ("connectionId", "sid", "accountSid", "direction", "status", "from", "to", "dateSent", "dateCreated", "dateUpdated", "numMedia") VALUES
        ${[
          message("SM1", "+14155550100", "+14155550101", 0),
          message("SM2", "+14155550100", "+14155550101", null),
          message("MM3", "+14155550100", "+14155550101", 2),
          message("SM4", "WhatsApp:+14155550100", "+14155550101", 1),
          message("SM5", "+14155550100", "messenger:1234", 0),
        ].join(", ")};
    `);

    expect(await applyRest()).toContain(MESSAGE_CHANNELS);

    const rows = await db.query<{ sid: string; channel: string }>(
      `SELECT "sid", "channel" FROM "Message" ORDER BY "sid"`,
    );
    expect(rows.map((r) => `${r.sid} ${r.channel}`)).toEqual([
      "MM3 mms",
      "SM1 sms",
      "SM2 sms",
      "SM4 whatsapp",
      "SM5 other",
    ]);
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { databaseBefore } from "@/tests/helpers/migrations";
import { testDatabaseKinds } from "@/tests/helpers/test-database";

// Messages imported before their rollups existed are summed by the migration, as an import would.
const MESSAGE_ROLLUPS = "20261207070659_message_rollups";

describe.each(testDatabaseKinds())("the message rollups migration on %s", (kind) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("sums the stored messages per hour and per day's breakdowns", async () => {
    const { db, applyRest, close } = await databaseBefore(kind, MESSAGE_ROLLUPS);
    cleanup.push(close);
    const message = (
      sid: string,
      direction: string,
      status: string,
      [from, to]: [string, string],
      sent: string,
      segments: number | null,
      price: string | null,
      errorCode: number | null,
    ) =>
      `('c1', '${sid}', 'AC1', '${direction}', '${status}', '${from}', '${to}', '${country(from)}', '${country(to)}', '${sent}', now(), now(), ${segments ?? "NULL"}, ${price ?? "NULL"}, ${errorCode ?? "NULL"})`;
    const out: [string, string] = ["+14155550100", "+447700900001"];
    const country = (number: string) => (number.startsWith("+44") ? "GB" : "US");
    await db.exec(`
      INSERT INTO "User" ("id", "updatedAt") VALUES ('u1', now());
      INSERT INTO "Workspace" ("id", "name", "updatedAt") VALUES ('w1', 'W', now());
      INSERT INTO "TwilioConnection" ("id", "workspaceId", "connectAccountSid", "updatedAt") VALUES ('c1', 'w1', 'AC1', now());
      INSERT INTO "Message" ("connectionId", "sid", "accountSid", "direction", "status", "from", "to", "fromCountry", "toCountry",
                             "dateSent", "dateCreated", "dateUpdated", "numSegments", "price", "errorCode") VALUES
        ${[
          message("SM1", "outbound-api", "delivered", out, "2026-05-01T10:05:00Z", 2, "-0.0158", null),
          message("SM2", "outbound-api", "delivered", out, "2026-05-01T10:45:00Z", null, null, null),
          message("SM3", "outbound-api", "undelivered", out, "2026-05-01T11:10:00Z", 1, "-0.0079", 30003),
          message(
            "SM4",
            "inbound",
            "received",
            ["+447700900001", "+14155550100"],
            "2026-05-02T09:00:00Z",
            1,
            "-0.0079",
            null,
          ),
        ].join(", ")};
    `);

    expect(await applyRest()).toContain(MESSAGE_ROLLUPS);

    const hourly = await db.query<Record<string, unknown>>(
      `SELECT to_char("hour", 'YYYY-MM-DD"T"HH24') AS hour, "status", "messages", "segments", "price"::float8 AS price,
              "pricedMessages", "pricedSegments", "firstHalfMessages", "firstHalfSegments", "firstHalfPricedSegments"
       FROM "MessageHourlyStat" ORDER BY 1, 2`,
    );
    expect(hourly).toEqual([
      {
        hour: "2026-05-01T10",
        status: "delivered",
        messages: 2,
        segments: 2,
        price: -0.0158,
        pricedMessages: 1,
        pricedSegments: 2,
        firstHalfMessages: 1,
        firstHalfSegments: 2,
        firstHalfPricedSegments: 2,
      },
      {
        hour: "2026-05-01T11",
        status: "undelivered",
        messages: 1,
        segments: 1,
        price: -0.0079,
        pricedMessages: 1,
        pricedSegments: 1,
        firstHalfMessages: 1,
        firstHalfSegments: 1,
        firstHalfPricedSegments: 1,
      },
      {
        hour: "2026-05-02T09",
        status: "received",
        messages: 1,
        segments: 1,
        price: -0.0079,
        pricedMessages: 1,
        pricedSegments: 1,
        firstHalfMessages: 1,
        firstHalfSegments: 1,
        firstHalfPricedSegments: 1,
      },
    ]);

    const daily = await db.query<{ row: string }>(
      `SELECT concat_ws(' ', to_char("day", 'MM-DD'), "kind", "status", "key", "messages", "segments") AS row
       FROM "MessageDailyBreakdown" ORDER BY "day", "kind", "status", "key"`,
    );
    expect(daily.map((r) => r.row)).toEqual([
      // The other party's country: the recipient's for outbound messages, the sender's for inbound ones.
      "05-01 country delivered GB 2 2",
      "05-01 country undelivered GB 1 1",
      "05-01 errorCode undelivered 30003 1 1",
      "05-02 country received GB 1 1",
    ]);

    // The numbers per month, quarter and year, over all accounts and statuses.
    const monthly = await db.query<{ row: string }>(
      `SELECT concat_ws(' ', "months", to_char("month", 'YYYY-MM'), "kind", "key", "country", "messages", "segments") AS row
       FROM "MessageMonthlyBreakdown" ORDER BY "months", "kind", "key"`,
    );
    expect(monthly.map((r) => r.row)).toEqual([
      "1 2026-05 from +14155550100 US 3 3",
      "1 2026-05 from +447700900001 GB 1 1",
      "1 2026-05 to +14155550100 US 1 1",
      "1 2026-05 to +447700900001 GB 3 3",
      "3 2026-04 from +14155550100 US 3 3",
      "3 2026-04 from +447700900001 GB 1 1",
      "3 2026-04 to +14155550100 US 1 1",
      "3 2026-04 to +447700900001 GB 3 3",
      "12 2026-01 from +14155550100 US 3 3",
      "12 2026-01 from +447700900001 GB 1 1",
      "12 2026-01 to +14155550100 US 1 1",
      "12 2026-01 to +447700900001 GB 3 3",
    ]);
  });
});

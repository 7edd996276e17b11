import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type OpenedDatabase } from "@/lib/db";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { callConditions, messageConditions, numberCondition } from "./conditions";

// Number search matches anywhere in a number, which only the trigram indexes serve: the condition
// the queries use must be the expression they hold, or every search reads the whole range again.

const YEAR = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") };

describe.each(testDatabaseKinds())("number search on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const owner = await newWorkspaceOwner(opened.db, `number-search-${kind}@example.com`);
    connectionId = (
      await opened.db.twilioConnection.create({
        data: { workspaceId: owner.workspaceId, connectAccountSid: `AC${"a".repeat(32)}` },
      })
    ).id;
    // Five thousand calls and messages over the year, between two thousand numbers.
    for (const [table, time] of [
      ["Call", "startTime"],
      ["Message", "dateSent"],
    ] as const)
      await opened.db.$executeRaw`
        INSERT INTO ${Prisma.raw(`"${table}"`)} ("connectionId", "sid", "accountSid", "direction", "status", "from", "to",
          ${Prisma.raw(`"${time}"`)}, "dateCreated", "dateUpdated")
        SELECT ${connectionId}, 'X' || i, ${`AC${"b".repeat(32)}`}, 'inbound', 'completed',
          '+1415' || lpad((i % 2000)::text, 7, '0'), '+1212' || lpad((i % 7)::text, 7, '0'),
          ${YEAR.start}::timestamp + i * interval '1 hour', now(), now()
        FROM generate_series(1, 5000) AS i`;
    await opened.db.$executeRawUnsafe(`ANALYZE "Call"`);
    await opened.db.$executeRawUnsafe(`ANALYZE "Message"`);
  });
  afterAll(async () => opened?.close());

  /**
   * The plan of counting the records that match a number by the search's own condition. A few
   * thousand rows read faster in one pass than through any index, so sequential scans are ruled
   * out: the trigram index is then the way, if the condition is written so that it can serve it.
   */
  async function plan(table: "Call" | "Message") {
    const q = { connectionId, range: YEAR, timeZone: "UTC", numberQuery: "+14150001234" };
    const rows = await opened.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<Record<string, string>[]>`
        EXPLAIN SELECT count(*) FROM ${Prisma.raw(`"${table}"`)} WHERE TRUE ${numberCondition(q)}`;
    });
    return rows.map((row) => Object.values(row)[0]).join("\n");
  }

  it.each(["Call", "Message"] as const)("a search of %s reads the parties' trigram index", async (table) => {
    expect(await plan(table)).toContain(`${table}_parties_trgm_idx`);
    const q = { connectionId, range: YEAR, timeZone: "UTC", numberQuery: "0001234" };
    const where = table === "Call" ? callConditions(q) : messageConditions(q);
    const [found] = await opened.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)} WHERE ${where}`;
    // i % 2000 = 1234: the 1,234th and the 3,234th of the 5,000.
    expect(found?.n).toBe(2);
  });
});

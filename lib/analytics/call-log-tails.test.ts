import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type OpenedDatabase } from "@/lib/db";
import { expectedLogOrder } from "@/tests/analytics/log-pages";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { decodeCursor, type CallLogSort } from "./call-log-cursor";
import { CALL_LOG, getCallLog, type CallLogPage } from "./get-call-log";
import { logPageQuery } from "./record-log";
import type { AnalyticsQuery } from "./types";

// The length and cost orders read their tails' partial indexes when those hold the page (getLogPage):
// every page must be the one the plain sort gives, whether the tail holds it, part of it or none,
// with ties on each side of the tail's edge, forwards and back.

const START = new Date("2026-01-01T00:00:00Z");
const END = new Date("2026-03-05T00:00:00Z");
const ACCOUNTS = [`AC${"1".repeat(32)}`, `AC${"2".repeat(32)}`];

type Stored = {
  sid: string;
  accountSid: string;
  direction: string;
  status: string;
  startTime: Date;
  duration: number | null;
  price: number | null;
};

const SORT_VALUE: Record<"duration" | "price", (call: Stored) => number> = {
  duration: (call) => call.duration ?? 0,
  price: (call) => -(call.price ?? 0),
};

describe.each(testDatabaseKinds())("call log tails on %s", (kind) => {
  let opened: OpenedDatabase;
  let connectionId: string;
  let stored: Stored[];

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const owner = await newWorkspaceOwner(opened.db, `tails-${kind}@example.com`);
    connectionId = (
      await opened.db.twilioConnection.create({
        data: { workspaceId: owner.workspaceId, connectAccountSid: `AC${"a".repeat(32)}` },
      })
    ).id;
    // 1,500 calls over two months; lengths and costs drawn from few values, many of them at,
    // just under and just over the tails' edges (600 s, 0.10), so that ties cross them.
    await opened.db.$executeRaw`
      INSERT INTO "Call" ("connectionId", "sid", "accountSid", "direction", "status", "from", "to",
        "startTime", "dateCreated", "dateUpdated", "duration", "price", "priceUnit")
      SELECT ${connectionId}, 'CA' || md5(i::text), (ARRAY[${Prisma.join(ACCOUNTS)}])[1 + (i * 13 % 3 = 0)::int],
        CASE WHEN i % 2 = 0 THEN 'inbound' ELSE 'outbound-api' END,
        CASE WHEN i * 17 % 5 < 4 THEN 'completed' ELSE 'busy' END,
        '+14155550100', '+14155550199', ${START}::timestamp + (i * 7919 % 1500) * interval '61 minutes', now(), now(),
        (ARRAY[0, 0, 30, 599, 600, 600, 601, 900, 3600, NULL])[1 + i * 7 % 10],
        (ARRAY[NULL, -0.05, -0.09999, -0.1, -0.1, -0.10001, -0.5, -0.014, -2])[1 + i * 11 % 9], 'USD'
      FROM generate_series(1, 1500) AS i`;
    await opened.db.$executeRawUnsafe(`ANALYZE "Call"`);
    stored = await opened.db.$queryRaw<Stored[]>`
      SELECT "sid", "accountSid", "direction", "status", "startTime", "duration", "price"::float8 AS "price"
      FROM "Call" WHERE "connectionId" = ${connectionId}`;
  });
  afterAll(async () => opened?.close());

  const query = (patch: Partial<AnalyticsQuery> = {}): AnalyticsQuery => ({
    connectionId,
    range: { start: START, end: END },
    timeZone: "UTC",
    ...patch,
  });

  /** What the filters of these cases keep, as the database's conditions do. */
  const kept = (q: AnalyticsQuery) =>
    stored.filter(
      (call) =>
        call.startTime >= q.range.start &&
        call.startTime < q.range.end &&
        (!q.accountSid || call.accountSid === q.accountSid) &&
        (!q.statuses?.length || q.statuses.includes(call.status as never)) &&
        (q.direction !== "inbound" || call.direction === "inbound"),
    );

  const cases: [string, Partial<AnalyticsQuery>][] = [
    ["every call (the tails hold many pages)", {}],
    [
      "one account's completed inbound calls",
      { accountSid: ACCOUNTS[1], statuses: ["completed"], direction: "inbound" },
    ],
    [
      "two days (the tails hold less than a page)",
      { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-02-03T00:00:00Z") } },
    ],
    ["busy calls (none in the length tail)", { statuses: ["busy"] }],
  ];
  const sorts: CallLogSort[] = [
    { column: "duration", order: "desc" },
    { column: "duration", order: "asc" },
    { column: "price", order: "desc" },
    { column: "price", order: "asc" },
  ];

  it.each(cases.flatMap(([name, patch]) => sorts.map((sort) => [name, patch, sort] as const)))(
    "%s, %o, %o: every page forwards and back is the plain sort's",
    async (_name, patch, sort) => {
      const q = query(patch);
      const column = sort.column as "duration" | "price";
      const expected = expectedLogOrder(kept(q), SORT_VALUE[column], sort.order);
      const pageSize = 20;
      const pages: CallLogPage[] = [await getCallLog(q, { sort, pageSize })];
      for (let next = pages[0]?.next; next; next = pages.at(-1)?.next) {
        pages.push(await getCallLog(q, { sort, after: decodeCursor(next, sort.column), pageSize }));
      }
      expect(pages.flatMap((page) => page.rows.map((row) => row.sid))).toEqual(expected);
      for (let index = pages.length - 1; index > 0; index -= 1) {
        const back = await getCallLog(q, { sort, before: decodeCursor(pages[index]?.previous, sort.column), pageSize });
        expect(back.rows.map((row) => row.sid)).toEqual(pages[index - 1]?.rows.map((row) => row.sid));
      }
    },
  );

  /** The plan of a first page read within a tail, when sorting is ruled out: an ordered index must serve it. */
  async function plan(column: "duration" | "price") {
    const read = { column, descending: true, cursor: null, limit: 51, tailOnly: true };
    const rows = await opened.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
      return tx.$queryRaw<Record<string, string>[]>`EXPLAIN ${logPageQuery(CALL_LOG, query(), read)}`;
    });
    return rows.map((row) => Object.values(row)[0]).join("\n");
  }

  it.each([
    ["duration", "Call_duration_tail_idx"],
    ["price", "Call_cost_tail_idx"],
  ] as const)("a %s page within the tail reads %s", async (column, index) => {
    expect(await plan(column)).toContain(index);
  });
});

import { describe, expect, it } from "vitest";
import { messageWasSent } from "@/lib/domain";
import type { MessageFilters } from "@/lib/filters";
import { FIXTURE_ACCOUNTS } from "@/tests/analytics/build-calls";
import { buildMessages, type FixtureMessage } from "@/tests/analytics/build-messages";
import { MESSAGES, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { expectedLogOrder, readEveryPage } from "@/tests/analytics/log-pages";
import { matchesMessage } from "@/tests/analytics/message-reference";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import { CALL_LOG_CURSORS } from "./call-log-cursor";
import { getMessageDetail } from "./get-message-detail";
import { countMessages, MESSAGE_LOG } from "./get-message-log";
import { MESSAGE_LOG_CURSORS, type MessageLogSort } from "./message-log-cursor";
import { getLogPage, readLogPage } from "./record-log";
import { streamMessagesCsv } from "./stream-log-csv";

const SORT_VALUE: Record<MessageLogSort["column"], (message: FixtureMessage) => number> = {
  dateSent: (message) => message.dateSent.getTime(),
  segments: (message) => message.numSegments ?? 0,
  price: (message) => -(message.price ?? 0),
};

const expectedOrder = (q: Parameters<typeof matchesMessage>[1], sort: MessageLogSort) =>
  expectedLogOrder(
    MESSAGES.filter((message) => matchesMessage(message, q)),
    SORT_VALUE[sort.column],
    sort.order,
  );

describe.each(testDatabaseKinds())("message log on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);

  it.each<[MessageLogSort, Partial<MessageFilters>]>([
    [{ column: "dateSent", order: "desc" }, {}],
    [{ column: "segments", order: "desc" }, { direction: "outbound" }],
    [{ column: "price", order: "asc" }, { status: ["delivered", "undelivered", "failed"] }],
    [
      { column: "price", order: "desc" },
      { account: FIXTURE_ACCOUNTS[2].sid, direction: "inbound" },
    ],
    // A number search orders by forms no index has (see getLogPage): same pages, same order.
    [{ column: "dateSent", order: "asc" }, { q: "+4420" }],
    [{ column: "segments", order: "asc" }, { q: "+4420" }],
  ])("pages through every filtered message once, in order, as many as it counts: %o %o", async (sort, filters) => {
    const { q } = fixture.messageQuery({ range: "90d", tz: "Asia/Kolkata", ...filters });
    const { sids, withPrevious } = await readEveryPage((after) =>
      getLogPage(MESSAGE_LOG, q, { sort, after: MESSAGE_LOG_CURSORS.decode(after, sort.column), pageSize: 89 }),
    );
    expect(withPrevious).toEqual(withPrevious.map((_, page) => page > 0));
    const expected = expectedOrder(q, sort);
    expect(expected.length).toBeGreaterThan(40);
    expect(sids).toEqual(expected);
    expect(await countMessages(q)).toBe(expected.length);
  });

  it("walks back with the previous cursor to the page it came from", async () => {
    const { q } = fixture.messageQuery({ range: "30d" });
    const sort: MessageLogSort = { column: "price", order: "desc" };
    const first = await getLogPage(MESSAGE_LOG, q, { sort, pageSize: 20 });
    const second = await getLogPage(MESSAGE_LOG, q, {
      sort,
      after: MESSAGE_LOG_CURSORS.decode(first.next, sort.column),
      pageSize: 20,
    });
    const back = await getLogPage(MESSAGE_LOG, q, {
      sort,
      before: MESSAGE_LOG_CURSORS.decode(second.previous, sort.column),
      pageSize: 20,
    });
    expect(back.rows.map((r) => r.sid)).toEqual(first.rows.map((r) => r.sid));
    expect(back.previous).toBeNull();
    expect(back.next).toBe(first.next);
  });

  it("returns an empty page and a count of 0 for a period without messages", async () => {
    const { q } = fixture.messageQuery({ range: "custom", from: "2024-01-01", to: "2024-01-02" });
    expect(await getLogPage(MESSAGE_LOG, q, { sort: { column: "dateSent", order: "desc" } })).toEqual({
      rows: [],
      next: null,
      previous: null,
    });
    expect(await countMessages(q)).toBe(0);
  });

  it("reads the page a URL asks for, and starts at the top for a cursor of other filters, another sort, the call log, a tampered or a repeated one", async () => {
    const { q } = fixture.messageQuery({ range: "90d" });
    const scope = "range=90d";
    const first = await readLogPage(MESSAGE_LOG, q, { sort: "segments", order: "asc" }, { scope, pageSize: 25 });
    expect(first.sort).toEqual({ column: "segments", order: "asc" });
    const second = await readLogPage(
      MESSAGE_LOG,
      q,
      { sort: "segments", order: "asc", after: first.next ?? "" },
      { scope, pageSize: 25 },
    );
    expect(second.rows[0]?.sid).toBe(expectedOrder(q, first.sort)[25]);

    const next = first.next ?? "";
    const [payload, signature] = next.split(".");
    const forged = `${Buffer.from(JSON.stringify([0, MESSAGES[0]?.sid])).toString("base64url")}.${signature}`;
    const fromCallLog = CALL_LOG_CURSORS.encode(
      { value: 0, sid: MESSAGES[0]?.sid ?? "" },
      "price",
      `${scope}|price|asc`,
    );
    const cases: [Record<string, string | string[]>, string][] = [
      [{ sort: "segments", order: "asc", after: next }, "range=7d"],
      [{ sort: "segments", order: "desc", after: next }, scope],
      [{ sort: "price", order: "asc", after: next }, scope],
      [{ sort: "segments", order: "asc", after: forged }, scope],
      [{ sort: "segments", order: "asc", after: `${payload}.${signature}x` }, scope],
      [{ sort: "price", order: "asc", after: fromCallLog }, scope],
      [{ sort: "segments", order: "asc", after: [next, next] }, scope],
    ];
    for (const [params, pageScope] of cases) {
      const page = await readLogPage(MESSAGE_LOG, q, params, { scope: pageScope, pageSize: 25 });
      const top = expectedOrder(q, page.sort).slice(0, 25);
      expect(page.rows.map((row) => row.sid)).toEqual(top);
      expect(page.previous).toBeNull();
    }
  });

  it("shows a message only within the connections it is given", async () => {
    const { connectionId } = fixture.messageQuery().q;
    const message = MESSAGES.find((m) => m.errorCode !== null && m.price !== null)!;
    expect(await getMessageDetail([connectionId], message.sid)).toEqual({
      ...message,
      connectionId,
    });
    expect(await getMessageDetail(["someone-elses-connection"], message.sid)).toBeNull();
    expect(await getMessageDetail([], message.sid)).toBeNull();
    // The other workspace's connection holds these, built from the same seed as the fixture's.
    const theirs = buildMessages(1, 98, new Date(0), new Date(1))[0]!;
    expect(await getMessageDetail([connectionId], theirs.sid)).toBeNull();
  });

  it("streams the filtered messages as CSV in batches, every message once, without a body", async () => {
    const { q } = fixture.messageQuery({ range: "90d", direction: "outbound" });
    const text = await new Response(streamMessagesCsv(q, 150)).text();
    const [header, ...lines] = text.trimEnd().split("\r\n");
    expect(header).toBe(
      "sid,account_sid,direction,channel,status,from,to,from_country,to_country,date_sent,date_created,date_updated,num_segments,num_media,price,price_unit,error_code,messaging_service_sid",
    );
    const expected = expectedOrder(q, { column: "dateSent", order: "desc" });
    expect(expected.length).toBeGreaterThan(150 * 3);
    const rows = lines.map((line) => line.split(","));
    expect(rows.map((row) => row[0])).toEqual(expected);
    const bySid = new Map(MESSAGES.map((message) => [message.sid, message]));
    for (const [sid, , , channel, status, , , , , dateSent, , , segments, , price, , errorCode] of rows) {
      const message = bySid.get(sid ?? "")!;
      expect([channel, status]).toEqual([message.channel, message.status]);
      // A message Twilio has not sent has no date_sent, whatever the log sorts it by.
      expect(dateSent).toBe(messageWasSent(message.status) ? message.dateSent.toISOString() : "");
      expect([segments, price, errorCode]).toEqual(
        [message.numSegments, message.price, message.errorCode].map((value) => (value === null ? "" : String(value))),
      );
    }
  });
});

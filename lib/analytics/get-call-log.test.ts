import { describe, expect, it } from "vitest";
import type { CallFilters } from "@/lib/filters";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import { decodeCursor, type CallLogSort } from "./call-log-cursor";
import { getCallDetail } from "./get-call-detail";
import { getCallLog } from "./get-call-log";
import { getRecentCalls } from "./get-recent-calls";
import { streamCallsCsv } from "./stream-log-csv";
import type { FixtureCall } from "@/tests/analytics/build-calls";
import { CALLS, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { expectedLogOrder, readEveryPage } from "@/tests/analytics/log-pages";
import { matches } from "@/tests/analytics/reference";

const SORT_VALUE: Record<CallLogSort["column"], (call: FixtureCall) => number> = {
  startTime: (call) => call.startTime.getTime(),
  duration: (call) => call.duration ?? 0,
  price: (call) => -(call.price ?? 0),
};

const expectedOrder = (calls: FixtureCall[], sort: CallLogSort) =>
  expectedLogOrder(calls, SORT_VALUE[sort.column], sort.order);

describe.each(testDatabaseKinds())("call log on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);

  it.each<[CallLogSort, Partial<CallFilters>]>([
    [{ column: "startTime", order: "desc" }, { direction: "outbound" }],
    [{ column: "duration", order: "desc" }, { direction: "outbound" }],
    [{ column: "price", order: "asc" }, { direction: "outbound" }],
    // A number search orders by forms no index has (see getCallLog): same pages, same order.
    [{ column: "startTime", order: "asc" }, { q: "+4420" }],
    [{ column: "duration", order: "asc" }, { q: "+4420" }],
    [{ column: "price", order: "desc" }, { q: "+4420" }],
  ])("pages through every filtered call once, in order: %o %o", async (sort, filters) => {
    const { q } = fixture.query({ range: "90d", tz: "Europe/Paris", ...filters });
    const { sids, withPrevious } = await readEveryPage((after) =>
      getCallLog(q, { sort, after: decodeCursor(after, sort.column), pageSize: 97 }),
    );
    expect(withPrevious).toEqual(withPrevious.map((_, page) => page > 0));
    expect(sids).toEqual(
      expectedOrder(
        CALLS.filter((call) => matches(call, q)),
        sort,
      ),
    );
  });

  it("walks back with the previous cursor to the page it came from", async () => {
    const { q } = fixture.query({ range: "30d" });
    const sort: CallLogSort = { column: "duration", order: "desc" };
    const first = await getCallLog(q, { sort, pageSize: 20 });
    const second = await getCallLog(q, { sort, after: decodeCursor(first.next, sort.column), pageSize: 20 });
    const back = await getCallLog(q, { sort, before: decodeCursor(second.previous, sort.column), pageSize: 20 });
    expect(back.rows.map((r) => r.sid)).toEqual(first.rows.map((r) => r.sid));
    expect(back.previous).toBeNull();
    expect(back.next).toBe(first.next);
  });

  it("returns an empty page for a period without calls", async () => {
    const page = await getCallLog(fixture.query({ range: "custom", from: "2024-01-01", to: "2024-01-02" }).q, {
      sort: { column: "startTime", order: "desc" },
    });
    expect(page).toEqual({ rows: [], next: null, previous: null });
  });

  it("shows a call with its parent and child legs, only within the connection", async () => {
    const child = CALLS.find((call) => call.parentCallSid !== null)!;
    const parent = (await getCallDetail(fixture.query().q.connectionId, child.parentCallSid!))!;
    expect(parent.call.sid).toBe(child.parentCallSid);
    expect(parent.children.map((c) => c.sid)).toContain(child.sid);
    const detail = (await getCallDetail(fixture.query().q.connectionId, child.sid))!;
    expect(detail.parent?.sid).toBe(child.parentCallSid);
    expect(detail.call).toMatchObject({
      from: child.from,
      to: child.to,
      status: child.status,
      duration: child.duration,
      price: child.price,
    });
    expect(await getCallDetail("someone-elses-connection", child.sid)).toBeNull();
  });

  it("streams the filtered calls as CSV in batches, every call once", async () => {
    const { q } = fixture.query({ range: "90d", status: ["completed", "busy"] });
    const text = await new Response(streamCallsCsv(q, 250)).text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "sid,account_sid,parent_call_sid,direction,status,from,to,from_country,to_country,start_time,end_time,duration_seconds,price,price_unit,answered_by",
    );
    const expected = expectedOrder(
      CALLS.filter((call) => matches(call, q)),
      { column: "startTime", order: "desc" },
    );
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(expected);
  });

  it("lists the newest calls and counts those still in progress", async () => {
    const { connectionId } = fixture.query().q;
    const recent = await getRecentCalls(connectionId, undefined, 10);
    const newest = [...CALLS].sort((a, b) => b.startTime.getTime() - a.startTime.getTime()).slice(0, 10);
    expect(recent.calls.map((c) => c.sid)).toEqual(newest.map((c) => c.sid));
    // The fixture's calls are months old by the real clock, so none can still be live.
    expect(recent.inProgress).toBe(0);
  });

  it("counts the calls still live: unsettled and started within the day, per account", async () => {
    const [live, other] = await Promise.all(
      ["d", "e"].map((digit) =>
        fixture.db.twilioConnection.create({
          data: { workspace: { create: { name: "Test" } }, connectAccountSid: `AC${digit.repeat(32)}` },
        }),
      ),
    );
    const [a, b] = [`AC${"a".repeat(32)}`, `AC${"b".repeat(32)}`];
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const calls: [string, string, string, Date][] = [
      [live!.id, a, "in-progress", minutesAgo(5)],
      [live!.id, a, "in-progress", minutesAgo(40)],
      [live!.id, a, "queued", minutesAgo(0)],
      [live!.id, b, "ringing", minutesAgo(1)],
      // Settled, or too old to be live still: not counted.
      [live!.id, a, "completed", minutesAgo(2)],
      [live!.id, b, "busy", minutesAgo(3)],
      [live!.id, a, "in-progress", minutesAgo(2 * 24 * 60)],
      // Another connection's live call.
      [other!.id, a, "in-progress", minutesAgo(5)],
    ];
    await fixture.db.call.createMany({
      data: calls.map(([connectionId, accountSid, status, startTime], index) => ({
        connectionId,
        sid: `CA${String(index).padStart(32, "0")}`,
        accountSid,
        direction: "inbound",
        status,
        from: "+14155550100",
        to: "+14155550199",
        startTime,
        dateCreated: startTime,
        dateUpdated: startTime,
      })),
    });
    expect((await getRecentCalls(live!.id)).inProgress).toBe(4);
    expect((await getRecentCalls(live!.id, a)).inProgress).toBe(3);
    expect((await getRecentCalls(live!.id, b)).inProgress).toBe(1);
  });
});

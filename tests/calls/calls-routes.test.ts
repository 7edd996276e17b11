import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AnalyticsQuery } from "@/lib/analytics";
import { recentCallsSchema } from "@/lib/swr";
import { CALLS, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { testDatabaseKinds } from "@/tests/helpers/test-database";

// The routes' own checks (session, query, ownership) with the session faked: who is signed in is
// the only thing these tests choose.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth")>()),
  getCurrentUser: async () => (session.userId ? { id: session.userId, name: null, email: null, image: null } : null),
}));

// Export batches of a few calls instead of 5,000, so one export crosses many batch boundaries.
vi.mock("@/lib/analytics", async (importOriginal) => {
  const analytics = await importOriginal<typeof import("@/lib/analytics")>();
  return { ...analytics, streamCallsCsv: (q: AnalyticsQuery) => analytics.streamCallsCsv(q, 40) };
});

const { GET: recent } = await import("@/app/api/calls/recent/route");
const { GET: exportCsv } = await import("@/app/api/calls/export/route");
const context = { params: Promise.resolve({}) };
const call = (handler: typeof recent, query: string) =>
  handler(new Request(`http://app.test/api/calls?${query}`), context);

describe.each(testDatabaseKinds())("call routes on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);
  let ownerId = "";
  beforeAll(() => {
    ownerId = fixture.ownerId;
  });
  afterAll(() => {
    session.userId = null;
  });

  it("answers 401 without a session and 404 for someone else's connection", async () => {
    session.userId = null;
    expect((await call(recent, `connection=${fixture.query().q.connectionId}`)).status).toBe(401);
    const stranger = await fixture.db.user.create({ data: { email: `stranger-${kind}@example.com` } });
    session.userId = stranger.id;
    const response = await call(exportCsv, `connection=${fixture.query().q.connectionId}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such connection." } });
  });

  it("refuses a malformed query with the one error shape", async () => {
    session.userId = ownerId;
    const missing = await call(recent, "account=nope");
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.code).toBe("invalid_query");
    const badFilter = await call(exportCsv, `connection=${fixture.query().q.connectionId}&status=bogus`);
    expect(badFilter.status).toBe(400);
    expect((await badFilter.json()).error.code).toBe("invalid_filters");
  });

  it("lists the newest calls in the shape the Live panel parses", async () => {
    session.userId = ownerId;
    const response = await call(recent, `connection=${fixture.query().q.connectionId}`);
    const body = recentCallsSchema.parse(await response.json());
    expect(body.calls.map((c) => c.sid)).toEqual(
      [...CALLS]
        .sort((a, b) => b.startTime.getTime() - a.startTime.getTime())
        .slice(0, 10)
        .map((c) => c.sid),
    );
  });

  it("streams the filtered calls as a CSV download, every call once, newest first, across batches", async () => {
    session.userId = ownerId;
    const response = await call(
      exportCsv,
      `connection=${fixture.query().q.connectionId}&range=custom&from=2026-01-01&to=2026-01-31&direction=inbound`,
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="calls-2026-01-01-to-2026-01-31.csv"',
    );
    const [header, ...lines] = (await response.text()).trimEnd().split("\r\n");
    expect(header).toMatch(/^sid,account_sid,/);
    const wanted = CALLS.filter(
      (c) =>
        c.startTime >= new Date("2026-01-01T00:00:00Z") &&
        c.startTime < new Date("2026-02-01T00:00:00Z") &&
        (c.direction === "inbound" || c.direction === "trunking-originating"),
    ).sort((a, b) => b.startTime.getTime() - a.startTime.getTime() || (a.sid < b.sid ? 1 : -1));
    expect(wanted.length).toBeGreaterThan(5 * 40);
    expect(lines.map((line) => line.split(",")[0])).toEqual(wanted.map((c) => c.sid));
  });
});

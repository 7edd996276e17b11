import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { MessageQuery } from "@/lib/analytics";
import { MESSAGES, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { testDatabaseKinds } from "@/tests/helpers/test-database";

// The export route's own checks (session, query, ownership, audit) with the session faked: who is
// signed in is the only thing these tests choose.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth")>()),
  getCurrentUser: async () => (session.userId ? { id: session.userId, name: null, email: null, image: null } : null),
}));

// Batches of a few messages instead of 5,000, so one export crosses many batch boundaries.
vi.mock("@/lib/analytics", async (importOriginal) => {
  const analytics = await importOriginal<typeof import("@/lib/analytics")>();
  return { ...analytics, streamMessagesCsv: (q: MessageQuery) => analytics.streamMessagesCsv(q, 40) };
});

const { GET: exportCsv } = await import("@/app/api/messages/export/route");
const exportWith = (query: string) =>
  exportCsv(new Request(`http://app.test/api/messages/export?${query}`), { params: Promise.resolve({}) });

describe.each(testDatabaseKinds())("message export on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);
  let connection = "";
  beforeAll(() => {
    connection = fixture.messageQuery().q.connectionId;
  });
  afterAll(() => {
    session.userId = null;
  });

  it("answers 401 without a session and 404 for someone else's connection", async () => {
    session.userId = null;
    expect((await exportWith(`connection=${connection}`)).status).toBe(401);
    const stranger = await fixture.db.user.create({ data: { email: `message-stranger-${kind}@example.com` } });
    session.userId = stranger.id;
    const response = await exportWith(`connection=${connection}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such connection." } });
  });

  it("refuses a filter it cannot read, a call status included, rather than export other messages", async () => {
    session.userId = fixture.ownerId;
    for (const [filter, code] of [
      ["status=completed", "invalid_filters"],
      ["direction=sideways", "invalid_filters"],
      ["range=7d&range=30d", "invalid_query"],
    ]) {
      const response = await exportWith(`connection=${connection}&${filter}`);
      expect(response.status, filter).toBe(400);
      expect((await response.json()).error.code, filter).toBe(code);
    }
  });

  it("streams the filtered messages as a CSV download, every one once, newest first, and records the export", async () => {
    session.userId = fixture.ownerId;
    const response = await exportWith(
      `connection=${connection}&range=custom&from=2026-01-01&to=2026-01-31&direction=outbound&status=delivered,failed`,
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="messages-2026-01-01-to-2026-01-31.csv"',
    );
    const [header, ...lines] = (await response.text()).trimEnd().split("\r\n");
    expect(header).toMatch(/^sid,account_sid,direction,channel,status,/);
    const wanted = MESSAGES.filter(
      (m) =>
        m.dateSent >= new Date("2026-01-01T00:00:00Z") &&
        m.dateSent < new Date("2026-02-01T00:00:00Z") &&
        m.direction !== "inbound" &&
        (m.status === "delivered" || m.status === "failed"),
    ).sort((a, b) => b.dateSent.getTime() - a.dateSent.getTime() || (a.sid < b.sid ? 1 : -1));
    expect(wanted.length).toBeGreaterThan(3 * 40);
    expect(lines.map((line) => line.split(",")[0])).toEqual(wanted.map((m) => m.sid));
    const recorded = await fixture.db.auditEvent.findFirst({
      where: { workspaceId: fixture.workspaceId, action: "messages.exported" },
    });
    expect(recorded).toMatchObject({ actorId: fixture.ownerId, detail: "2026-01-01 to 2026-01-31" });
  });
});

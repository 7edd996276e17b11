import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { DEMO_CONNECT_APP_SID as CONNECT_APP_SID } from "@/lib/env";
import { LIMITS } from "@/lib/limits";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { fakeUser, requestScope } from "./fake-request-scope";

// The state-changing routes' guards, with the session and `after()` faked: same origin, abuse
// limits, and what an unsigned deauthorize request may cost us at Twilio.
vi.mock("@/lib/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth")>()),
  getCurrentUser: async () => (requestScope.userId ? fakeUser(requestScope.userId) : null),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => Promise<unknown>) => requestScope.deferred.push(task()),
}));
const twilioChecks = vi.hoisted(() => ({ sids: [] as string[] }));
vi.mock("@/lib/connections", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/connections")>()),
  confirmRevocation: async (sid: string) => void twilioChecks.sids.push(sid),
}));
// next-auth itself needs a real request scope; what is tested is the limit in front of it.
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  default: () => async () => Response.json({ url: `${APP}/dashboard` }),
}));
vi.mock("@/lib/sync", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/sync")>()),
  requestImport: async () => undefined,
}));

const APP = "http://localhost:3000";
const { POST: refreshNow } = await import("@/app/api/connections/[id]/sync/route");
const { GET: deauthorize } = await import("@/app/twilio/deauthorize/route");
const { GET: connect } = await import("@/app/twilio/connect/route");
const { GET: exportCsv } = await import("@/app/api/calls/export/route");
const { POST: nextAuth, GET: nextAuthGet } = await import("@/app/api/auth/[...nextauth]/route");

const post = (path: string, headers: Record<string, string> = { origin: APP, "sec-fetch-site": "same-origin" }) =>
  new NextRequest(`${APP}${path}`, { method: "POST", headers: { host: "localhost:3000", ...headers } });

describe.each(testDatabaseKinds())("state-changing routes on %s", (kind) => {
  let opened: OpenedDatabase;
  let userId = "";
  let workspaceId = "";
  let connectionId = "";
  const activeSid = `AC${kind === "pglite" ? "1" : "2"}${"0".repeat(31)}`;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const owner = await newWorkspaceOwner(opened.db, `writer-${kind}@example.com`);
    userId = owner.userId;
    workspaceId = owner.workspaceId;
    connectionId = (
      await opened.db.twilioConnection.create({
        data: { workspaceId: owner.workspaceId, connectAccountSid: activeSid },
      })
    ).id;
  });
  afterAll(async () => opened?.close());
  beforeEach(async () => {
    requestScope.userId = userId;
    twilioChecks.sids.length = 0;
    await opened.db.rateLimit.deleteMany();
  });

  const refresh = (headers?: Record<string, string>) =>
    refreshNow(post(`/api/connections/${connectionId}/sync`, headers), {
      params: Promise.resolve({ id: connectionId }),
    });

  it("refuses Refresh now from another origin, or from no page at all, with a 403", async () => {
    for (const headers of <Record<string, string>[]>[
      { origin: "http://localhost:4000", "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
      {},
    ]) {
      const response = await refresh(headers);
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("cross_origin");
    }
    await requestScope.settle();
    expect(await opened.db.rateLimit.count()).toBe(0);
    expect((await refresh()).status).toBe(202);
  });

  it("limits Refresh now per user: 429 with Retry-After and a message to show", async () => {
    for (let i = 0; i < LIMITS.syncTrigger.points; i += 1) expect((await refresh()).status).toBe(202);
    const refused = await refresh();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(LIMITS.syncTrigger.duration);
    expect((await refused.json()).error).toMatchObject({ code: "rate_limited", message: /Try again in \d+ minutes/ });
    await requestScope.settle();
  });

  it("asks Twilio nothing for unsigned deauthorize requests naming SIDs we do not hold", async () => {
    for (let i = 0; i < 20; i += 1) {
      const made = `AC${i.toString(16).padStart(32, "a")}`;
      const response = await deauthorize(
        new Request(`${APP}/twilio/deauthorize?AccountSid=${made}&ConnectAppSid=${CONNECT_APP_SID}`),
      );
      expect(response.status).toBe(200);
    }
    await requestScope.settle();
    expect(twilioChecks.sids).toEqual([]);
  });

  it("asks Twilio once per window about an active connection, however often it is named", async () => {
    for (let i = 0; i < 5; i += 1) {
      await deauthorize(
        new Request(`${APP}/twilio/deauthorize?AccountSid=${activeSid}&ConnectAppSid=${CONNECT_APP_SID}`),
      );
    }
    await requestScope.settle();
    expect(twilioChecks.sids).toEqual([activeSid]);
  });

  it("limits Connect starts per user and keeps their pending states bounded", async () => {
    const start = () => connect(new Request(`${APP}/twilio/connect?workspace=${workspaceId}`));
    for (let i = 0; i < LIMITS.connectStart.points; i += 1) expect((await start()).status).toBe(303);
    expect(await opened.db.connectState.count({ where: { userId } })).toBe(5);
    const refused = await start();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.text()).toMatch(/^Connect was started many times just now\. Try again in/);
  });

  it("lets a user stream two exports at once, and a third once one has finished", async () => {
    const open = () =>
      exportCsv(new Request(`${APP}/api/calls/export?connection=${connectionId}`), {
        params: Promise.resolve({}),
      });
    const [first, second] = [await open(), await open()];
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await open();
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    await first.text();
    await vi.waitFor(async () => expect((await open()).status).toBe(200));
    await second.body?.cancel();
  });

  it("sends one email address at most a few magic links, whoever asks", async () => {
    const ask = (address: string) => {
      const request = new NextRequest(`${APP}/api/auth/signin/email`, {
        method: "POST",
        headers: { origin: APP, "x-forwarded-for": address, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "Victim@Example.com" }),
      });
      return nextAuth(request, { params: Promise.resolve({ nextauth: ["signin", "email"] }) });
    };
    for (let i = 0; i < LIMITS.magicLink.points; i += 1) expect((await ask(`203.0.113.${i}`)).status).toBe(200);
    expect((await ask("203.0.113.99")).status).toBe(429);
  });

  it("refuses query values next-auth would copy into a Location header as they are", async () => {
    const get = (query: string) =>
      nextAuthGet(new NextRequest(`${APP}/api/auth/error?${query}`), {
        params: Promise.resolve({ nextauth: ["error"] }),
      });
    for (const query of ["error=%0A", "error=a%0Db", "callbackUrl=%00", "error=Verification&error=Configuration"]) {
      expect((await get(query)).status, query).toBe(400);
    }
    expect((await get("error=Verification")).status).toBe(200);
  });

  it("limits sign-in attempts per client address, pointing next-auth's client at the reason", async () => {
    const attempt = (address: string) =>
      nextAuth(post("/api/auth/callback/demo", { origin: APP, "x-forwarded-for": address }), {
        params: Promise.resolve({ nextauth: ["callback", "demo"] }),
      });
    for (let i = 0; i < LIMITS.signIn.points; i += 1) expect((await attempt("203.0.113.7")).status).not.toBe(429);
    const refused = await attempt("203.0.113.7");
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ url: expect.stringMatching(/\/signin\?error=RateLimited$/) });
    expect((await attempt("203.0.113.8")).status).not.toBe(429);
  });
});

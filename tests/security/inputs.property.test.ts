import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CALLS, MESSAGES, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import {
  isNavigationSignal,
  nastyString,
  paramPairs,
  PROPERTY_RUNS,
  PROPERTY_SEED,
  renderServerTree,
  toPageParams,
  toSearchParams,
} from "./arbitraries";
import { fakeUser, requestScope, rowCounts } from "./fake-request-scope";

// No input reaches a 5xx: every route handler and every page that reads input gets arbitrary
// query strings, path params, forms and headers (SECURITY.md lists them), and answers below 500,
// throws nothing but a redirect or a 404, leaves no promise rejected and writes nothing.
vi.mock("@/lib/auth", async (importOriginal) => {
  const { redirect } = await import("next/navigation");
  const currentUser = async () => (requestScope.userId ? fakeUser(requestScope.userId) : null);
  return {
    ...(await importOriginal<typeof import("@/lib/auth")>()),
    getCurrentUser: currentUser,
    requireUser: async (returnTo = "/dashboard") =>
      (await currentUser()) ?? redirect(`/signin?callbackUrl=${returnTo}`),
  };
});
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => Promise<unknown>) => requestScope.deferred.push(task()),
}));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined }),
}));
// next-auth's handler needs a real request scope: here the layer in front of it (limits, parsing)
// takes the inputs; e2e/inputs.spec.ts sends them to next-auth itself.
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  default: () => async () => Response.json({}),
}));
vi.mock("@/lib/twilio", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/twilio")>()),
  // Nothing here may reach Twilio: a made-up SID is never worth a request.
  twilioClientFor: () => {
    throw new Error("the property suite must not call Twilio");
  },
}));

process.env.CRON_SECRET = "property-suite-cron-secret-0123456789";
process.env.METRICS_TOKEN = "property-suite-metrics-token-0123456789";
const rejections: unknown[] = [];
process.on("unhandledRejection", (reason) => rejections.push(reason));

const APP = "http://localhost:3000";
type RequestInit = ConstructorParameters<typeof NextRequest>[1];
type Handler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>;
const route = async (path: string) => (await import(path)) as Record<"GET" | "POST", Handler>;
const routes = {
  recent: await route("@/app/api/calls/recent/route"),
  exportCsv: await route("@/app/api/calls/export/route"),
  exportMessages: await route("@/app/api/messages/export/route"),
  sync: await route("@/app/api/connections/[id]/sync/route"),
  cron: await route("@/app/api/cron/sync/route"),
  health: await route("@/app/api/health/route"),
  metrics: await route("@/app/api/metrics/route"),
  authorize: await route("@/app/twilio/authorize/route"),
  deauthorize: await route("@/app/twilio/deauthorize/route"),
  connect: await route("@/app/twilio/connect/route"),
  nextAuth: await route("@/app/api/auth/[...nextauth]/route"),
};
const { recent, exportCsv, exportMessages, sync, cron, health, metrics, authorize, deauthorize, connect, nextAuth } =
  routes;
type Page = (props: { params?: Promise<unknown>; searchParams?: Promise<unknown> }) => Promise<unknown>;
const page = async (path: string) => ((await import(path)) as { default: Page }).default;
const pages = {
  "/signin": await page("@/app/(auth)/signin/page"),
  "/dashboard": await page("@/app/(dashboard)/dashboard/page"),
  "/calls": await page("@/app/(dashboard)/calls/page"),
  "/calls/[sid]": await page("@/app/(dashboard)/calls/[sid]/page"),
  "/connections": await page("@/app/(dashboard)/connections/page"),
  "/workspaces/new": await page("@/app/(dashboard)/workspaces/new/page"),
  "/outbox": await page("@/app/(dashboard)/outbox/page"),
  "/account": await page("@/app/(dashboard)/account/page"),
  "/invite/[token]": await page("@/app/(dashboard)/invite/[token]/page"),
};
const workspacePages = {
  "/w/[workspace]/dashboard": await page("@/app/(dashboard)/w/[workspace]/dashboard/page"),
  "/w/[workspace]/dashboard/messages": await page("@/app/(dashboard)/w/[workspace]/dashboard/messages/page"),
  "/w/[workspace]/dashboard/spend": await page("@/app/(dashboard)/w/[workspace]/dashboard/spend/page"),
  "/w/[workspace]/calls": await page("@/app/(dashboard)/w/[workspace]/calls/page"),
  "/w/[workspace]/calls/[sid]": await page("@/app/(dashboard)/w/[workspace]/calls/[sid]/page"),
  "/w/[workspace]/messages": await page("@/app/(dashboard)/w/[workspace]/messages/page"),
  "/w/[workspace]/messages/[sid]": await page("@/app/(dashboard)/w/[workspace]/messages/[sid]/page"),
  "/w/[workspace]/connections": await page("@/app/(dashboard)/w/[workspace]/connections/page"),
  "/w/[workspace]/team": await page("@/app/(dashboard)/w/[workspace]/team/page"),
  "/w/[workspace]/activity": await page("@/app/(dashboard)/w/[workspace]/activity/page"),
};

const FILTER_NAMES = ["connection", "range", "from", "to", "tz", "account", "direction", "status", "q"];
const headerValue = fc.oneof(nastyString, fc.constantFrom(APP, "http://localhost:4000", "same-origin", "cross-site"));
const headerSets = fc.dictionary(
  fc.constantFrom(
    "origin",
    "sec-fetch-site",
    "x-forwarded-for",
    "x-real-ip",
    "authorization",
    "x-twilio-signature",
    "x-forwarded-host",
    "content-type",
  ),
  headerValue.filter((value) => /^[\t\x20-\x7e]*$/.test(value)),
);

// Each property renders a page or runs a handler a few hundred times: on a busy machine that takes
// longer than one ordinary test's allowance.
vi.setConfig({ testTimeout: 180_000 });

describe.each(testDatabaseKinds())("every input on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);
  let ownerId = "";
  let connectionId = "";
  beforeAll(async () => {
    connectionId = fixture.query().q.connectionId;
    ownerId = fixture.ownerId;
  });
  afterAll(() => {
    requestScope.userId = null;
  });

  /** Runs `attempt` for every generated input: below 500, nothing written, nothing left rejected. */
  async function holds<T>(input: fc.Arbitrary<T>, attempt: (value: T) => Promise<Response | void>, signedIn = true) {
    const before = await rowCounts(fixture.db);
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        requestScope.userId = signedIn ? ownerId : null;
        await fixture.db.rateLimit.deleteMany();
        const response = await attempt(value);
        await requestScope.settle();
        if (response) expect(response.status).toBeLessThan(500);
      }),
      { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS },
    );
    // Counters move by design, and an export that streams is recorded in the audit trail.
    const { RateLimit: _counters, AuditEvent: _exports, ...after } = await rowCounts(fixture.db);
    const { RateLimit: _before, AuditEvent: _exportsBefore, ...expected } = before;
    expect(after).toEqual(expected);
    expect(rejections).toEqual([]);
  }

  const request = (path: string, pairs: [string, string][], init: RequestInit = {}) =>
    new NextRequest(`${APP}${path}?${toSearchParams(pairs)}`, init);
  const none = { params: Promise.resolve({}) };

  it.each([
    ["GET /api/calls/recent", () => recent.GET, ["account"]],
    ["GET /api/calls/export", () => exportCsv.GET, FILTER_NAMES],
    ["GET /api/messages/export", () => exportMessages.GET, FILTER_NAMES],
  ] as const)("%s", async (_, handler, names) => {
    const withConnection = fc.tuple(fc.boolean(), paramPairs([...names, "connection"]));
    await holds(withConnection, async ([own, pairs]) => {
      const query: [string, string][] = own ? [["connection", connectionId], ...pairs] : pairs;
      const response = await handler()(request("/api/calls", query), none);
      await response.body?.cancel();
      return response;
    });
  });

  it("GET and POST /api/connections/[id]/sync", async () => {
    await holds(fc.tuple(nastyString, headerSets, fc.boolean()), async ([id, headers, isPost]) =>
      (isPost ? sync.POST : sync.GET)(
        request(`/api/connections/x/sync`, [], { method: isPost ? "POST" : "GET", headers }),
        {
          params: Promise.resolve({ id }),
        },
      ),
    );
  });

  it("GET and POST /api/cron/sync (the Authorization header)", async () => {
    await holds(fc.tuple(headerSets, fc.boolean()), async ([headers, isPost]) =>
      (isPost ? cron.POST : cron.GET)(
        request("/api/cron/sync", [], { method: isPost ? "POST" : "GET", headers }),
        none,
      ),
    );
  });

  it("GET /api/metrics (the Authorization header)", async () => {
    await holds(fc.tuple(paramPairs([]), headerSets), async ([pairs, headers]) =>
      metrics.GET(request("/api/metrics", pairs, { headers }), none),
    );
  });

  it("GET /api/health", async () => {
    await holds(paramPairs([]), async (pairs) => health.GET(request("/api/health", pairs), none));
  });

  it("GET /twilio/authorize (the Connect callback)", async () => {
    await holds(paramPairs(["AccountSid", "state", "error"]), async (pairs) =>
      authorize.GET(request("/twilio/authorize", pairs), none),
    );
  });

  it("GET and POST /twilio/deauthorize, signed or not", async () => {
    const body = fc.tuple(paramPairs(["AccountSid", "ConnectAppSid"]), headerSets, fc.boolean());
    await holds(body, async ([pairs, headers, isPost]) =>
      isPost
        ? deauthorize.POST(
            new NextRequest(`${APP}/twilio/deauthorize`, { method: "POST", headers, body: toSearchParams(pairs) }),
            none,
          )
        : deauthorize.GET(request("/twilio/deauthorize", pairs, { headers }), none),
    );
  });

  it("GET /twilio/connect signed out (signed in it writes a state by design)", async () => {
    await holds(paramPairs(["state"]), async (pairs) => connect.GET(request("/twilio/connect", pairs), none), false);
  });

  it("GET and POST /api/auth/* (the sign-in limits in front of next-auth)", async () => {
    const segments = fc.array(
      fc.oneof(
        fc.constantFrom("signin", "callback", "session", "csrf", "providers", "email", "demo", "signout", "error"),
        nastyString,
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    );
    await holds(
      fc.tuple(segments, paramPairs(["email", "csrfToken", "callbackUrl", "name"]), headerSets, fc.boolean()),
      async ([nextauth, pairs, headers, isPost]) => {
        const path = `/api/auth/${nextauth.map((segment) => encodeURIComponent(segment.toWellFormed())).join("/")}`;
        const init = isPost ? { method: "POST", headers, body: toSearchParams(pairs) } : { headers };
        return (isPost ? nextAuth.POST : nextAuth.GET)(new NextRequest(`${APP}${path}`, init), {
          params: Promise.resolve({ nextauth }),
        });
      },
      false,
    );
  });

  it.each([
    ["/signin", ["callbackUrl", "error", "deleted"], false],
    ["/dashboard", FILTER_NAMES, true],
    ["/calls", [...FILTER_NAMES, "sort", "order", "after", "before"], true],
    ["/connections", ["error", "notice"], true],
    ["/workspaces/new", ["error"], true],
    ["/outbox", [], true],
    ["/account", ["error"], true],
  ] as const)("page %s", async (path, names, signedIn) => {
    await holds(
      paramPairs(names),
      async (pairs) => {
        try {
          await renderServerTree(pages[path]({ searchParams: Promise.resolve(toPageParams(pairs)) }) as Promise<never>);
        } catch (error) {
          if (!isNavigationSignal(error)) throw error;
        }
      },
      signedIn,
    );
  });

  // The workspace in the path is the fixture's own or anything at all (another's, none, garbage).
  const workspaceParam = () => fc.oneof(fc.constant(fixture.workspaceId), nastyString);

  it.each([
    ["/w/[workspace]/dashboard", FILTER_NAMES],
    ["/w/[workspace]/dashboard/messages", FILTER_NAMES],
    ["/w/[workspace]/dashboard/spend", FILTER_NAMES],
    ["/w/[workspace]/calls", [...FILTER_NAMES, "sort", "order", "after", "before"]],
    ["/w/[workspace]/messages", [...FILTER_NAMES, "sort", "order", "after", "before"]],
    ["/w/[workspace]/connections", ["error", "notice"]],
    ["/w/[workspace]/team", ["notice"]],
    ["/w/[workspace]/activity", ["before"]],
  ] as const)("page %s", async (path, names) => {
    await holds(fc.tuple(workspaceParam(), paramPairs(names)), async ([workspace, pairs]) => {
      try {
        const props = { params: Promise.resolve({ workspace }), searchParams: Promise.resolve(toPageParams(pairs)) };
        await renderServerTree(workspacePages[path](props) as Promise<never>);
      } catch (error) {
        if (!isNavigationSignal(error)) throw error;
      }
    });
  });

  // The SID in the path is anything, or one of the fixture's own (so the page is rendered in full too).
  it.each([
    ["/w/[workspace]/calls/[sid]", CALLS],
    ["/w/[workspace]/messages/[sid]", MESSAGES],
  ] as const)("page %s", async (path, records) => {
    const sid = fc.oneof(nastyString, fc.constantFrom(...records.slice(0, 20).map((record) => record.sid)));
    await holds(fc.tuple(workspaceParam(), sid, paramPairs(FILTER_NAMES)), async ([workspace, sid, pairs]) => {
      try {
        const props = {
          params: Promise.resolve({ workspace, sid }),
          searchParams: Promise.resolve(toPageParams(pairs)),
        };
        await renderServerTree(workspacePages[path](props) as Promise<never>);
      } catch (error) {
        if (!isNavigationSignal(error)) throw error;
      }
    });
  });

  it("page /invite/[token]", async () => {
    await holds(nastyString, async (token) => {
      try {
        await renderServerTree(pages["/invite/[token]"]({ params: Promise.resolve({ token }) }) as Promise<never>);
      } catch (error) {
        if (!isNavigationSignal(error)) throw error;
      }
    });
  });

  it("page /calls/[sid]", async () => {
    await holds(fc.tuple(nastyString, paramPairs(FILTER_NAMES)), async ([sid, pairs]) => {
      try {
        const props = { params: Promise.resolve({ sid }), searchParams: Promise.resolve(toPageParams(pairs)) };
        await renderServerTree(pages["/calls/[sid]"](props) as Promise<never>);
      } catch (error) {
        if (!isNavigationSignal(error)) throw error;
      }
    });
  });
});

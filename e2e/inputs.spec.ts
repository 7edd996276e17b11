import fc from "fast-check";
import { nastyString, paramPairs, PROPERTY_SEED, toSearchParams } from "../tests/security/arbitraries";
import { connectThroughTwilio, expect, newTwilioUser, signIn, test } from "./fixtures";

// The property-based suite against the production build, over HTTP: what tests/security's suite
// checks by calling handlers, here through Next.js's own parsing and rendering, and next-auth's.
// Fewer runs than there: each is a real request.
const RUNS = Number(process.env.E2E_PROPERTY_RUNS ?? 40);
const FILTERS = ["connection", "range", "from", "to", "tz", "account", "direction", "status", "q"];

test("no query string reaches a 5xx on any page or next-auth route", async ({ page }) => {
  test.setTimeout(300_000);
  const twilioUser = await newTwilioUser("inputs", 1, 60);
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connection = new URL(page.url()).searchParams.get("connection")!;
  // The message and spend pages have no address outside their workspace.
  const workspace = new URL(page.url()).pathname.replace(/\/dashboard$/, "");

  const targets: [string, readonly string[]][] = [
    ["/dashboard", FILTERS],
    ["/calls", [...FILTERS, "sort", "order", "after", "before"]],
    [`${workspace}/messages`, [...FILTERS, "sort", "order", "after", "before"]],
    [`${workspace}/dashboard/spend`, FILTERS],
    ["/api/messages/export", FILTERS],
    ["/api/metrics", []],
    ["/connections", ["error", "notice"]],
    ["/signin", ["callbackUrl", "error"]],
    ["/api/auth/signin", ["callbackUrl", "error", "csrf"]],
    ["/api/auth/error", ["error"]],
    // next-auth's JSON actions answer 500 to a callbackUrl that is neither a path nor an http(s) URL.
    ["/api/auth/providers", ["callbackUrl"]],
    ["/api/auth/csrf", ["callbackUrl"]],
    ["/api/auth/session", ["callbackUrl"]],
  ];
  for (const [path, names] of targets) {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), paramPairs(names), async (own, pairs) => {
        const query = toSearchParams(own ? [["connection", connection], ...pairs] : pairs);
        const response = await page.request.get(`${path}?${query}`, { maxRedirects: 0 });
        expect(response.status(), `${path}?${query}`).toBeLessThan(500);
      }),
      { seed: PROPERTY_SEED, numRuns: RUNS },
    );
  }
  expect((await page.request.get("/api/auth/providers?callbackUrl=Z2")).status()).toBe(400);
  // next-auth's own callback-url cookie, as a browser may hold it: an unreadable one is cleared.
  const staleCookie = await page.request.get("/api/auth/session", { headers: { cookie: "next-auth.callback-url=Z2" } });
  expect(staleCookie.status()).toBe(400);
  expect(staleCookie.headers()["set-cookie"]).toMatch(/^next-auth\.callback-url=;/);
  for (const detail of ["/calls", `${workspace}/messages`]) {
    await fc.assert(
      fc.asyncProperty(nastyString, paramPairs(FILTERS), async (sid, pairs) => {
        const path = `${detail}/${encodeURIComponent(sid.toWellFormed())}?${toSearchParams(pairs)}`;
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBeLessThan(500);
      }),
      { seed: PROPERTY_SEED, numRuns: RUNS },
    );
  }
});

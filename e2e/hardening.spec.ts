import { createServer, type Server } from "node:http";
import { APP_URL, SPARE_PORT } from "./config";
import { connectThroughTwilio, expect, newPerson, newTwilioUser, signIn, sim, test } from "./fixtures";

// Issue #13's findings, each against the production build: open redirects, forged cursors,
// Object's members as params, repeated params, cross-origin writes, headers, limits in the UI.

const FOREIGN_URL = `http://localhost:${SPARE_PORT}`;

/** A page on another origin of the same site (another localhost port): cookies go along, as they would. */
function servePage(html: string): Promise<Server> {
  const server = createServer((_, response) => response.writeHead(200, { "Content-Type": "text/html" }).end(html));
  return new Promise((resolve) => server.listen(SPARE_PORT, () => resolve(server)));
}

async function connectedUser(page: Parameters<typeof signIn>[0], label: string) {
  const twilioUser = await newTwilioUser(label, 1, 120);
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  return new URL(page.url()).searchParams.get("connection")!;
}

test("a production build serves the security headers on every response, with a fresh nonce on each page", async ({
  request,
}) => {
  const page = await request.get("/signin");
  const html = await page.text();
  const csp = page.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  // Every script the page carries, Next's own and the theme script, has this response's nonce.
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(2);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  expect((await request.get("/signin")).headers()["content-security-policy"]).not.toContain(nonce!);

  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const responses = [
    page,
    await request.get("/api/health"),
    await request.get(chunk!),
    await request.get("/no-such-page"),
    await request.get("/dashboard", { maxRedirects: 0 }),
  ];
  for (const response of responses) {
    const headers = response.headers();
    expect(headers["content-security-policy"], response.url()).toContain("default-src 'self'");
    expect(headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "x-frame-options": "DENY",
    });
    expect(headers["permissions-policy"]).toContain("camera=()");
    // HSTS only with NODE_ENV=production (this build runs with test); lib/web's tests check it there.
    expect(headers["strict-transport-security"]).toBeUndefined();
  }
});

test("sign-in never sends anyone off the site, however the path is dressed up", async ({ page }) => {
  await signIn(page);
  for (const callbackUrl of ["/..//evil.example", "/%2e%2e//x", "/./%2e%2e//x", "//evil.example"]) {
    const response = await page.request.get(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe("/dashboard");
  }
});

test("Object's members and repeated names in a page's URL show the page, never a 500", async ({ page }) => {
  await signIn(page);
  for (const query of [
    "error=constructor",
    "error=__proto__",
    "notice=constructor",
    "notice=toString",
    "error=valueOf",
  ]) {
    const response = await page.goto(`/connections?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Connections" })).toBeVisible();
    // (Next.js's route announcer is an empty alert of its own.)
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
  }
  expect((await page.goto("/dashboard?range=7d&range=90d&constructor=1"))?.status()).toBe(200);
});

test("a forged or tampered call-log cursor shows the first page", async ({ page }) => {
  const connectionId = await connectedUser(page, "cursor");
  const sid = `CA${"0".repeat(32)}`;
  const unsigned = (value: unknown) => Buffer.from(JSON.stringify([value, sid, "x"])).toString("base64url");
  const resigned = (value: unknown) => `${Buffer.from(JSON.stringify([value, sid])).toString("base64url")}.AAAA`;
  for (const value of ["garbage", 1e308, "294277-01-01T00:00:00.000Z", "12abc"]) {
    for (const cursor of [unsigned(value), resigned(value)]) {
      const response = await page.request.get(`/calls?connection=${connectionId}&after=${cursor}`);
      expect(response.status()).toBe(200);
      // The first page: no way back from it.
      expect(await response.text()).not.toContain('rel="prev"');
    }
  }
});

test("a repeated AccountSid in the Connect callback links nothing", async ({ page }) => {
  const twilioUser = await newTwilioUser("repeated");
  await signIn(page);
  const issued = await page.request.get("/twilio/connect", { maxRedirects: 0 });
  const state = new URL(issued.headers().location ?? "").searchParams.get("state")!;
  const { accountSid } = await sim.authorize({ email: twilioUser.email, state });
  await page.goto(`/twilio/authorize?AccountSid=junk&AccountSid=${accountSid}&state=${state}`);
  await expect(page).toHaveURL(/\/connections\?error=invalid_state$/);
  await expect(page.getByText("No Twilio account connected yet")).toBeVisible();
});

test("a page on another origin can neither start a sync (form or fetch) nor run a server action", async ({ page }) => {
  const connectionId = await connectedUser(page, "csrf");
  await page.goto("/connections");
  const actionField = await page.locator('input[name^="$ACTION_ID_"]').first().getAttribute("name");
  expect(actionField).toBeTruthy();
  const syncUrl = `${APP_URL}/api/connections/${connectionId}/sync`;
  const server = await servePage(`<!doctype html>
    <form id="sync" method="post" action="${syncUrl}"></form>
    <form id="disconnect" method="post" enctype="multipart/form-data" action="${APP_URL}/connections">
      <input type="hidden" name="${actionField}" value=""><input name="connectionId" value="${connectionId}">
    </form>`);
  try {
    await page.goto(FOREIGN_URL);
    const fetched = page.waitForResponse(syncUrl);
    await page.evaluate((url) => void fetch(url, { method: "POST", credentials: "include", mode: "no-cors" }), syncUrl);
    expect((await fetched).status()).toBe(403);

    for (const form of ["#sync", "#disconnect"]) {
      await page.goto(FOREIGN_URL);
      const answered = page.waitForResponse((response) => response.request().method() === "POST");
      await page.locator(form).evaluate((element: HTMLFormElement) => element.submit());
      expect((await answered).status(), form).toBe(403);
      // The browser lands on the refusal before the next form is tried.
      await page.waitForURL((url) => url.origin === APP_URL);
    }
  } finally {
    server.close();
  }
  await page.goto("/connections");
  await expect(page.getByTestId("connection-status")).toHaveText("Active");
});

test("too many sign-in attempts from one address: 429 with Retry-After, and the form says why", async ({ page }) => {
  await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": "192.0.2.77" });
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const response = await page.request.post("/api/auth/callback/demo", { headers: { Origin: APP_URL }, form: {} });
    expect(response.status()).not.toBe(429);
  }
  const refused = await page.request.post("/api/auth/callback/demo", { headers: { Origin: APP_URL }, form: {} });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);

  const person = newPerson("limited");
  await page.goto("/signin");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByRole("button", { name: "Sign in to the demo" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    /Too many sign-in attempts from here just now/,
  );
});

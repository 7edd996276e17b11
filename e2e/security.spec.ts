import type { APIRequestContext, Page } from "@playwright/test";
import { APP_URL } from "./config";
import { connectSidOf, connectThroughTwilio, expect, newTwilioUser, signIn, sim, test } from "./fixtures";

/** A fresh single-use state for the signed-in user, read off the Connect redirect. */
async function issueState(request: APIRequestContext): Promise<string> {
  const response = await request.get("/twilio/connect", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  const state = new URL(response.headers().location ?? "").searchParams.get("state");
  expect(state).toBeTruthy();
  return state!;
}

async function expectNoConnections(page: Page) {
  await page.goto("/connections");
  await expect(page.getByText("No Twilio account connected yet")).toBeVisible();
}

test("a forged callback without state links nothing", async ({ page }) => {
  const twilioUser = await newTwilioUser("forged");
  const { accountSid } = await sim.authorize({ email: twilioUser.email });
  await signIn(page);
  await page.goto(`/twilio/authorize?AccountSid=${accountSid}`);
  await expect(page).toHaveURL(/\/connections\?error=invalid_state$/);
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
  await expect(page.getByText("No Twilio account connected yet")).toBeVisible();
});

test("a state works once: replaying the callback links nothing more", async ({ page }) => {
  const twilioUser = await newTwilioUser("replay");
  await signIn(page);
  const state = await issueState(page.request);
  const { redirectUrl } = await sim.authorize({ email: twilioUser.email, state });
  await page.goto(redirectUrl);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  await page.goto(redirectUrl);
  await expect(page).toHaveURL(/\/connections\?error=invalid_state$/);
  await expect(page.getByTestId("connection-status")).toHaveCount(1);
});

test("another user's state links nothing", async ({ page, browser }) => {
  const victim = await browser.newContext({ baseURL: APP_URL });
  await signIn(await victim.newPage());
  const victimState = await issueState(victim.request);
  const twilioUser = await newTwilioUser("attacker");
  const { redirectUrl } = await sim.authorize({ email: twilioUser.email, state: victimState });

  await signIn(page);
  await page.goto(redirectUrl);
  await expect(page).toHaveURL(/\/connections\?error=invalid_state$/);
  await expect(page.getByText("No Twilio account connected yet")).toBeVisible();
  const victimPage = await victim.newPage();
  await expectNoConnections(victimPage);
  await victim.close();
});

test("a malformed AccountSid links nothing", async ({ page }) => {
  await signIn(page);
  const state = await issueState(page.request);
  await page.goto(`/twilio/authorize?AccountSid=ACnot-a-real-sid&state=${state}`);
  await expect(page).toHaveURL(/\/connections\?error=invalid_account$/);
  await expect(page.getByText("No Twilio account connected yet")).toBeVisible();
});

test("a signed-out callback links nothing and asks to sign in", async ({ page, browser }) => {
  await signIn(page);
  const state = await issueState(page.request);
  const twilioUser = await newTwilioUser("signed-out");
  const { redirectUrl } = await sim.authorize({ email: twilioUser.email, state });

  const stranger = await browser.newContext({ baseURL: APP_URL });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(redirectUrl);
  await expect(strangerPage).toHaveURL(/\/signin\?callbackUrl=%2Fconnections$/);
  await stranger.close();
  await expectNoConnections(page);
});

test("a deauthorize request with a bad signature changes nothing", async ({ page, request }) => {
  const twilioUser = await newTwilioUser("bad-signature");
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  const accountSid = await connectSidOf(twilioUser.email);
  const { connectApp } = await sim.state();

  const response = await request.post("/twilio/deauthorize", {
    form: { AccountSid: accountSid, ConnectAppSid: connectApp.sid },
    headers: { "X-Twilio-Signature": "bm90LWEtcmVhbC1zaWduYXR1cmU=" },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ error: { code: "invalid_signature" } });

  // Unsigned, while the grant is still valid at Twilio: accepted, checked with Twilio, ignored.
  expect(
    (
      await request.post("/twilio/deauthorize", { form: { AccountSid: accountSid, ConnectAppSid: connectApp.sid } })
    ).status(),
  ).toBe(200);

  await page.goto("/connections");
  await expect(page.getByTestId("connection-status")).toHaveText("Active");
});

test("one user never sees another's connections", async ({ page, browser }) => {
  const twilioUser = await newTwilioUser("owner");
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionUrl = new URL(page.url());

  const other = await browser.newContext({ baseURL: APP_URL });
  const otherPage = await other.newPage();
  await signIn(otherPage);
  await otherPage.goto(`${connectionUrl.pathname}${connectionUrl.search}`);
  await expect(otherPage.getByText(twilioUser.name)).toHaveCount(0);
  await expectNoConnections(otherPage);
  await other.close();
});

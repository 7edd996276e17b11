import type { Page } from "@playwright/test";
import { APP_URL } from "./config";
import { waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

// A common phone width; 360–430 px covers most phones in use.
const PHONE = { width: 390, height: 844 };

/** The page's content fits the viewport: nothing scrolls sideways except inside its own box. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  await page.waitForLoadState("load");
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label}: ${scrollWidth} px wide in a ${innerWidth} px viewport`).toBeLessThanOrEqual(
    innerWidth,
  );
}

test("signed-out pages fit a phone", async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const [label, url] of [
    ["landing", "/"],
    ["sign-in", "/signin"],
    ["check your email", "/signin/check-email"],
    ["not found", "/no-such-page"],
  ]) {
    await page.goto(url!);
    await expectNoSidewaysScroll(page, label!);
  }
});

test("every signed-in page fits a phone, and the menu works by keyboard", async ({ page }) => {
  test.setTimeout(120_000);
  const person = newPerson("phone");
  const twilioUser = await sim.createUser({ ...person, calls: 300, historyDays: 20, subaccounts: 1 });
  await signIn(page);
  await page.setViewportSize(PHONE);
  await page.goto("/dashboard");
  await expectNoSidewaysScroll(page, "overview before connecting");
  await page.goto("/connections");
  await connectThroughTwilio(page, twilioUser.email);
  const connectionId = new URL(page.url()).searchParams.get("connection")!;
  await waitForFirstSync(page, connectionId);

  await page.goto(`/dashboard?connection=${connectionId}`);
  const workspace = new URL(page.url()).pathname.replace(/\/dashboard$/, "");
  await expect(page.getByTestId("kpis")).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expectNoSidewaysScroll(page, "overview");

  // The navigation is folded into the menu: closed, its links are out of sight and out of reach.
  const menu = page.getByLabel("Menu", { exact: true });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(nav).toBeVisible();
  await expectNoSidewaysScroll(page, "overview with the menu open");
  // The workspace switcher lives in the menu on a phone, and its list fits too.
  await page.getByTestId("workspace-switcher").filter({ visible: true }).locator("summary").click();
  await expect(page.getByRole("link", { name: "New workspace…" })).toBeVisible();
  await expectNoSidewaysScroll(page, "overview with the menu and the workspace switcher open");
  // Escape closes the switcher alone: the menu it sits in stays open.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("link", { name: "New workspace…" })).toBeHidden();
  await expect(nav).toBeVisible();
  await menu.click();
  await expect(nav).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Overview" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  // Following a link closes the menu on the next page.
  await page.keyboard.press("Enter");
  await nav.getByRole("link", { name: "Calls" }).click();
  await expect(page).toHaveURL(/\/calls/);
  await expect(nav).toBeHidden();

  await page.goto(`/calls?connection=${connectionId}`);
  await expect(page.getByTestId("call-log")).toBeVisible();
  await expectNoSidewaysScroll(page, "call log");
  await page.getByTestId("call-log").locator("tbody tr").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: /^Call CA/ })).toBeVisible();
  await expectNoSidewaysScroll(page, "a call");
  await page.goto(`/calls/CA${"0".repeat(32)}?connection=${connectionId}`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectNoSidewaysScroll(page, "an unknown call");
  for (const [label, url] of [
    ["connections", "/connections"],
    ["Connect button HTML", "/connections/button"],
    ["declined", "/connections/declined"],
    ["team", `${workspace}/team`],
    ["activity", `${workspace}/activity`],
    ["message log", `${workspace}/messages?connection=${connectionId}`],
    ["spend overview", `${workspace}/dashboard/spend?connection=${connectionId}`],
    ["an unknown message", `${workspace}/messages/SM${"0".repeat(32)}?connection=${connectionId}`],
    ["outbox", "/outbox"],
    ["new workspace", "/workspaces/new"],
    ["account and privacy", "/account"],
  ]) {
    await page.goto(url!);
    await expectNoSidewaysScroll(page, label!);
  }
});

test("the favicon and app icons are served", async ({ request }) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-touch-icon.png", "image/png"],
    ["/manifest.webmanifest", "application/manifest+json"],
  ]) {
    const response = await request.get(`${APP_URL}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type!);
  }
});

test("an unknown call answers 404 with the signed-in section's page, navigation included", async ({ page }) => {
  await signIn(page);
  const response = await page.goto(`/calls/CA${"0".repeat(32)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

// npm run screenshots: the README's pictures of the overview. Not a test of the suite (npm test
// never rewrites tracked files); run it when the overview's look changes, and commit the images.
import { openOnceShown, openSpendOverview, panelsLoaded, waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

test("screenshots of the call, message and spend overviews in light and dark mode", async ({ page }) => {
  const person = newPerson("shots");
  const twilioUser = await sim.createUser({
    name: person.name,
    email: person.email,
    calls: 600,
    messages: 900,
    historyDays: 30,
    subaccounts: 1,
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  const messagesOverview = `${new URL(page.url()).pathname}/messages?connection=${connectionId}&range=30d`;
  const spendOverview = `${new URL(page.url()).pathname}/spend?connection=${connectionId}&range=30d`;
  await waitForFirstSync(page, connectionId);
  for (const scheme of ["light", "dark"] as const) {
    // Reduced motion: recharts then draws its final frame at once instead of animating into it.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    // The verified badge comes with the completeness check, after the first import's usage.
    await openOnceShown(page, `/dashboard?connection=${connectionId}&range=30d`, "verified-badge");
    await panelsLoaded(page);
    await page.screenshot({ path: `docs/screenshots/overview-${scheme}.png` });
    await page.goto(messagesOverview);
    await expect(page.getByTestId("message-kpis")).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await page.screenshot({ path: `docs/screenshots/messages-${scheme}.png` });
    await openSpendOverview(page, spendOverview);
    await page.screenshot({ path: `docs/screenshots/spend-${scheme}.png`, fullPage: true });
  }
});

test("screenshot of a workspace's Team page", async ({ page, browser }) => {
  const owner = { ...newPerson("dana"), name: "Dana Okafor" };
  const colleague = { ...newPerson("sam"), name: "Sam Reyes" };
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await signIn(page, owner);
  await page.goto("/connections");
  const team = page.url().replace(/\/connections.*$/, "/team");
  await page.goto(team);
  const invite = async (email: string, role: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption(role);
    await page.getByRole("button", { name: "Send invitation" }).click();
    return (await page.getByTestId("invitation-link").textContent()) ?? "";
  };
  const link = await invite(colleague.email, "viewer");
  await invite(newPerson("ops").email, "admin");

  const other = await browser.newContext();
  const colleaguePage = await other.newPage();
  await signIn(colleaguePage, colleague);
  await colleaguePage.goto(link);
  await colleaguePage.getByRole("button", { name: "Accept and join" }).click();
  await colleaguePage.waitForURL(/\/dashboard\?joined=1/);
  await other.close();

  await page.goto(team);
  await page.screenshot({ path: "docs/screenshots/team-light.png", fullPage: true });
});

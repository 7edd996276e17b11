// npm run screenshots: the README's pictures of the overview. Not a test of the suite (npm test
// never rewrites tracked files); run it when the overview's look changes, and commit the images.
import { panelsLoaded, waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, newPerson, signIn, sim, test } from "./fixtures";

test("screenshots of the overview in light and dark mode", async ({ page }) => {
  const person = newPerson("shots");
  const twilioUser = await sim.createUser({
    name: person.name,
    email: person.email,
    calls: 600,
    historyDays: 30,
    subaccounts: 1,
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  await waitForFirstSync(page, connectionId);
  for (const scheme of ["light", "dark"] as const) {
    // Reduced motion: recharts then draws its final frame at once instead of animating into it.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.goto(`/dashboard?connection=${connectionId}&range=30d`);
    await panelsLoaded(page);
    await page.screenshot({ path: `docs/screenshots/overview-${scheme}.png` });
  }
});

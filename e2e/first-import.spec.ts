import { expectAccessible } from "./axe";
import { kpi, parseCount } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

// Every request to these accounts waits this long at the simulator: the first import (finding
// the history's span, then its windows) takes several seconds, as a large account's would.
const LATENCY_MS = 1_500;

test("the dashboard fills in while the first import runs, with no reload, and reports completion", async ({ page }) => {
  test.setTimeout(120_000);
  const person = newPerson("slow-import");
  // Twenty days of history: every call falls inside the dashboard's default 30 days.
  const twilioUser = await sim.createUser({
    ...person,
    historyDays: 20,
    calls: 2_400,
    subaccounts: [{ friendlyName: "Support", calls: 600 }],
  });
  for (const account of twilioUser.accounts) await sim.setFaults(account.sid, { latencyMs: LATENCY_MS });
  const total = twilioUser.accounts.reduce((sum, account) => sum + account.calls, 0);

  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection")!;
  // From here on the page must update itself: a reload or navigation would drop this mark.
  await page.evaluate(() => Object.assign(window, { arrivedOnce: true }));

  // The banner is part of the first paint, before the import ends.
  const banner = page.getByTestId("first-sync");
  await expect(banner).toBeVisible({ timeout: 1_000 });
  await expect(banner).toContainText("so far");
  await expect(banner.getByRole("list", { name: "Accounts being imported" })).toContainText("Support");
  await expectAccessible(page, "the first-import banner", { include: '[data-testid="first-sync"]' });
  const status = await page.request.get(`/api/connections/${connectionId}/sync`);
  expect(((await status.json()) as { sync: { firstSyncComplete: boolean } }).sync.firstSyncComplete).toBe(false);

  // The key figure climbs to the simulator's own count as windows land.
  await expect.poll(async () => parseCount(await kpi(page, "Calls").innerText()), { timeout: 90_000 }).toBe(total);
  await expect(page.getByTestId("import-complete")).toHaveText(
    new RegExp(`^Import complete: ${total.toLocaleString("en-US")} calls in \\d+ s\\.$`),
  );
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate(() => Object.hasOwn(window, "arrivedOnce"))).toBe(true);

  // The call log of the same connection shows the imported calls at once.
  await page.getByRole("link", { name: "Call log" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(51);
  for (const account of twilioUser.accounts) await sim.setFaults(account.sid, {});
});

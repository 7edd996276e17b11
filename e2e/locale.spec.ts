import { kpi, panelsLoaded, waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

// A browser that asks for German: figures are written the German way, on the server and in the
// browser alike, so the page hydrates without a mismatch; the words stay English.
test.use({ locale: "de-DE" });

test("figures follow the viewer's locale, rendered the same on both sides", async ({ page }) => {
  const hydrationErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat/i.test(message.text())) hydrationErrors.push(message.text());
  });
  const twilioUser = await sim.createUser({ ...newPerson("locale"), historyDays: 20, calls: 1_500 });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  await waitForFirstSync(page, new URL(page.url()).searchParams.get("connection")!);
  await page.reload();
  await panelsLoaded(page);

  // 1.500 calls, written with German grouping by a server component…
  await expect(kpi(page, "Calls")).toContainText("1.500");
  // …and by a client component (the Live panel), after hydration.
  await expect(page.getByTestId("sync-status")).toContainText("1.500 calls imported");
  // Money with a decimal comma and the symbol after the amount.
  await expect(kpi(page, "Cost")).toHaveText(/^\d{1,3}(\.\d{3})*,\d{2}\s\$$/);
  expect(hydrationErrors).toEqual([]);
});

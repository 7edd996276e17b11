import { SUPPORTED_LOCALES } from "@/lib/format";
import { APP_URL } from "./config";
import { kpi, panelsLoaded, waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

const HYDRATION_ERROR = /hydrat|Minified React error #(418|423|425)/i;

// A browser that asks for German: figures are written the German way, on the server and in the
// browser alike, so the page hydrates without a mismatch; the words stay English.
test.use({ locale: "de-DE" });

test("figures follow the viewer's locale, rendered the same on both sides", async ({ page }) => {
  const hydrationErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && HYDRATION_ERROR.test(message.text())) hydrationErrors.push(message.text());
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

test("the overview hydrates cleanly in every supported locale", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const twilioUser = await sim.createUser({ ...newPerson("locales"), historyDays: 20, calls: 400 });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const overview = page.url();
  await waitForFirstSync(page, new URL(overview).searchParams.get("connection")!);
  const storageState = await page.context().storageState();

  const failures: string[] = [];
  for (const locale of SUPPORTED_LOCALES) {
    const context = await browser.newContext({ locale, storageState, baseURL: APP_URL });
    const viewer = await context.newPage();
    viewer.on("console", (message) => {
      if (message.type() === "error" && HYDRATION_ERROR.test(message.text()))
        failures.push(`${locale}: ${message.text()}`);
    });
    viewer.on("pageerror", (error) => failures.push(`${locale}: ${error.message}`));
    await viewer.goto(overview);
    await panelsLoaded(viewer);
    await context.close();
  }
  expect(failures).toEqual([]);
});

import { usageCategoryLabel } from "@/lib/domain";
import type { Page } from "@playwright/test";
import { kpi, openOnceShown, openSpendOverview, waitForFirstSync } from "./dashboard-page";
import { connectSidOf, connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";
import { formatUsd } from "./sim-calls";
import { categorySpend, simUsage } from "./sim-usage";
import { TOP_LEVEL_CATEGORIES } from "../sim/testing/usage-categories";

// The spend overview against the simulator's own usage records, read through the SDK.
test.describe.configure({ timeout: 240_000 });

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A ranked row's figure: its last text. */
function categoryFigure(page: Page, label: string) {
  return page
    .getByRole("figure", { name: "Spend by usage category" })
    .getByRole("listitem")
    .filter({ has: page.getByTitle(label, { exact: true }) })
    .locator("span")
    .last();
}

test("spend overview: the total, each category and each account match the simulator's usage records; the overview shows the verified badge", async ({
  page,
}) => {
  const person = newPerson("spend");
  const twilioUser = await sim.createUser({
    name: person.name,
    email: person.email,
    calls: 300,
    messages: 300,
    historyDays: 20,
    subaccounts: [{ friendlyName: "Support line", calls: 150, messages: 100 }],
  });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  const overview = page.url();
  await waitForFirstSync(page, connectionId);

  // Whole UTC days that ended a day before the import: their usage no longer changes.
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
  const from = isoDay(today - 21 * DAY);
  const to = isoDay(today - 2 * DAY);
  const usage = await simUsage(await connectSidOf(twilioUser.email), from, to);
  const total = categorySpend(usage, "totalprice");
  expect(total).toBeGreaterThan(100_000);

  const spend = `${new URL(overview).pathname}/spend?connection=${connectionId}&range=custom&from=${from}&to=${to}`;
  await openSpendOverview(page, spend);
  await expect(page.getByRole("heading", { name: "Spend", level: 1 })).toBeVisible();
  await expect(page.getByText("the dates of the range are UTC days")).toBeVisible();
  await expect(kpi(page, "Spend", "spend-kpis")).toHaveText(formatUsd(total));

  // Each top-level category once; together they make the total, so no "Other" row.
  const listed = TOP_LEVEL_CATEGORIES.filter((category) => categorySpend(usage, category) > 0);
  expect(listed.reduce((sum, category) => sum + categorySpend(usage, category), 0)).toBe(total);
  expect(listed).toEqual(expect.arrayContaining(["calls", "sms", "phonenumbers"]));
  for (const category of listed) {
    await expect(categoryFigure(page, usageCategoryLabel(category))).toHaveText(
      formatUsd(categorySpend(usage, category)),
    );
  }
  await expect(categoryFigure(page, "Other")).toHaveCount(0);
  for (const sub of ["calls-inbound", "sms-outbound", "phonenumbers-local", "totalprice"]) {
    await expect(categoryFigure(page, usageCategoryLabel(sub))).toHaveCount(0);
  }

  const accounts = page.getByTestId("account-spend");
  for (const account of usage.accounts) {
    const row = accounts.locator("tbody tr").filter({ has: page.locator("th", { hasText: account.name }) });
    await expect(row.locator("td")).toHaveText(formatUsd(account.spend.get("totalprice") ?? 0));
  }

  // Every settled day agrees with the usage: the call overview says how far, and links here.
  await openOnceShown(page, overview, "verified-badge");
  const badge = page.getByTestId("verified-badge");
  await expect(badge).toHaveText(/^✓\s*Data verified through [A-Z][a-z]{2} \d{1,2}$/);
  await badge.click();
  await expect(page).toHaveURL(/\/dashboard\/spend\?.*#completeness$/);
  await expect(page.getByTestId("verified-through")).toContainText("Verified through");
});

import { expect, type Page } from "@playwright/test";

// Reading the overview the way a person does: by the labels and captions on screen.

/** A key figure's value by its label, in the overview's figures or another grid (`testId`). */
export function kpi(page: Page, label: string, testId = "kpis") {
  return page
    .getByTestId(testId)
    .locator("dl")
    .filter({ has: page.locator("dt").getByText(label, { exact: true }) })
    .locator("dd")
    .first();
}

/** Waits until every panel has streamed in (no skeleton left) and the Live panel has polled once. */
export async function panelsLoaded(page: Page) {
  await expect(page.getByTestId("kpis")).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByTestId("sync-status")).not.toHaveText(/Checking/);
  await expect(page.getByTestId("recent-calls").getByRole("listitem").first()).not.toHaveText("No calls imported yet.");
}

/** A chart's "Show as table" view, as rows of cell texts (row header first). */
export async function chartTable(page: Page, caption: string | RegExp): Promise<string[][]> {
  const figure = page.getByRole("figure", { name: caption });
  await figure.getByText("Show as table").click();
  return figure
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")));
}

export const parseCount = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

/** Polls the sync status API (with the page's session) until the first import is complete. */
export async function waitForFirstSync(page: Page, connectionId: string) {
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/connections/${connectionId}/sync`);
        return response.ok()
          ? ((await response.json()) as { sync: { firstSyncComplete: boolean } }).sync.firstSyncComplete
          : false;
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe(true);
}

/** Opens `url` again until `testId` is on it (what an import lands after the page first loads). */
export async function openOnceShown(page: Page, url: string, testId: string) {
  await expect
    .poll(
      async () => {
        await page.goto(url);
        return page.getByTestId(testId).count();
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(1);
}

/**
 * Opens the spend overview at `url` once its usage records are in (the import reads them after
 * each account's calls and messages, so they may land after the first import is reported
 * complete), and waits for every panel.
 */
export async function openSpendOverview(page: Page, url: string) {
  await openOnceShown(page, url, "spend-kpis");
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

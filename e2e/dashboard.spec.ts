import { readFile } from "node:fs/promises";
import { chartTable, kpi, panelsLoaded, parseCount, waitForFirstSync } from "./dashboard-page";
import { connectSidOf, connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";
import { expectedFigures, formatCount, formatRate, formatUsd, simCalls } from "./sim-calls";

// One long journey: importing a few hundred calls takes a while, and each step builds on the last.
test.describe.configure({ timeout: 240_000 });

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

test("overview: figures match the simulator, filters live in the URL, CSV and live refresh work", async ({ page }) => {
  const person = newPerson("dash");
  const twilioUser = await sim.createUser({
    name: person.name,
    email: person.email,
    calls: 300,
    historyDays: 20,
    subaccounts: [{ friendlyName: "Support line", calls: 150, messages: 0 }],
  });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  await waitForFirstSync(page, connectionId);

  // Whole UTC days that ended before the import, so every call in them has its final status and price.
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
  const from = isoDay(today - 21 * DAY);
  const to = isoDay(today - DAY);
  const all = await simCalls(await connectSidOf(twilioUser.email));
  const expected = expectedFigures(all, new Date(`${from}T00:00:00Z`), new Date(today));
  expect(expected.total).toBeGreaterThan(200);

  const filtered = `/dashboard?connection=${connectionId}&range=custom&from=${from}&to=${to}`;
  await page.goto(filtered);
  await panelsLoaded(page);
  await expect(kpi(page, "Calls")).toHaveText(formatCount(expected.total));
  await expect(kpi(page, "Answer rate")).toHaveText(formatRate(expected.answered / expected.total));
  await expect(kpi(page, "Failed")).toHaveText(formatCount(expected.failed));
  await expect(kpi(page, "Busy")).toHaveText(formatCount(expected.busy));
  await expect(kpi(page, "No answer")).toHaveText(formatCount(expected.noAnswer));
  await expect(kpi(page, "Cost")).toHaveText(formatUsd(expected.costMicro));

  const volume = await chartTable(page, /Calls per day by status/);
  expect(volume.reduce((sum, row) => sum + parseCount(row.at(-1) ?? "0"), 0)).toBe(expected.total);
  const lengths = await chartTable(page, "Answered calls by length");
  expect(lengths.reduce((sum, row) => sum + parseCount(row[1] ?? "0"), 0)).toBe(expected.answered);
  const direction = page.getByRole("figure", { name: "Calls by direction" });
  const inboundSlice = direction
    .getByRole("listitem")
    .filter({ hasText: `Inbound (${formatCount(expected.inboundAnswered)} answered)` });
  await expect(inboundSlice).toContainText(formatCount(expected.inbound));
  expect(expected.mobiles).toBeGreaterThan(0);
  const numberTypes = await chartTable(page, "Calls by number type");
  expect(numberTypes.reduce((sum, row) => sum + parseCount(row[1] ?? "0"), 0)).toBe(expected.total);
  expect(numberTypes.find((row) => row[0] === "Mobile")?.[1]).toBe(formatCount(expected.mobiles));
  const answeredBy = await chartTable(page, "Answered by");
  expect(answeredBy.reduce((sum, row) => sum + parseCount(row[1] ?? "0"), 0)).toBe(expected.answeredBy);

  const cells = await page
    .getByRole("group", { name: /Calls by weekday and hour/ })
    .getByRole("img")
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""));
  const heatmap = new Map(
    cells
      .map((label) => /^(\w+) (\d\d):00–\d\d:00: ([\d,]+) call/.exec(label))
      .flatMap((m) => (m && m[3] !== "0" ? [[`${m[1]} ${m[2]}`, parseCount(m[3] ?? "")] as const] : [])),
  );
  expect(heatmap).toEqual(expected.heatmap);
  const topTo = page.getByRole("figure", { name: "Most called (To)" }).getByRole("listitem").first();
  await expect(topTo).toContainText(expected.topTo?.[0] ?? "none");
  await expect(topTo).toContainText(formatCount(expected.topTo?.[1] ?? 0));

  // Filters: the URL changes, the numbers follow, and Back restores both.
  // The radio is visually hidden inside its label (a segmented control): click what people see.
  await page.getByRole("group", { name: "Direction" }).getByText("Inbound", { exact: true }).click();
  await expect(page).toHaveURL(/direction=inbound/);
  await expect(kpi(page, "Calls")).toHaveText(formatCount(expected.inbound));
  await page.goBack();
  await expect(page).not.toHaveURL(/direction=/);
  await expect(kpi(page, "Calls")).toHaveText(formatCount(expected.total));

  // The call log with the same filters, its sortable headers, and the CSV of every filtered call.
  await page.getByRole("link", { name: "Call log" }).click();
  await expect(page.getByRole("heading", { name: "Calls", level: 1 })).toBeVisible();
  await expect(page.getByTestId("call-log").locator("tbody tr")).toHaveCount(50);
  await page.getByRole("link", { name: /^Duration/ }).click();
  await expect(page).toHaveURL(/sort=duration&order=desc/);
  await expect(page.getByRole("columnheader", { name: /Duration/ })).toHaveAttribute("aria-sort", "descending");
  const longest = page.getByTestId("call-log").locator("tbody tr").first().getByRole("link");
  await longest.click();
  await expect(page.getByRole("heading", { name: /^Call CA[0-9a-f]{32}$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Related legs" })).toBeVisible();
  await page.goBack();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile((await (await download).path()) ?? "", "utf8");
  expect(csv.trimEnd().split("\r\n")).toHaveLength(expected.total + 1);

  // Live refresh: calls placed now show up after "Refresh now", without reloading the page.
  await page.goto(`/dashboard?connection=${connectionId}&range=30d`);
  await panelsLoaded(page);
  const before = parseCount((await kpi(page, "Calls").textContent()) ?? "0");
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  const { calls: added } = await sim.addCalls(twilioUser.ownerAccountSid, { count: 3 });
  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect
    .poll(async () => parseCount((await kpi(page, "Calls").textContent()) ?? "0"), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(before + 3);
  await expect(page.getByTestId("recent-calls")).toContainText(added[0]?.to ?? "none");
  expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);
});

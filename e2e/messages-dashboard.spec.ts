import { readFile } from "node:fs/promises";
import { chartTable, parseCount, waitForFirstSync } from "./dashboard-page";
import { connectSidOf, connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";
import { formatCount, formatRate, formatUsd } from "./sim-calls";
import { expectedMessageFigures, simMessages } from "./sim-messages";
import type { Page } from "@playwright/test";

// The messages overview against the simulator's own messages, read through the SDK.
test.describe.configure({ timeout: 240_000 });

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

function messageKpi(page: Page, label: string) {
  return page
    .getByTestId("message-kpis")
    .locator("dl")
    .filter({ has: page.locator("dt").getByText(label, { exact: true }) })
    .locator("dd")
    .first();
}

test("messages overview: every panel matches the simulator's messages, filters live in the URL, the CSV holds every message", async ({
  page,
}) => {
  const person = newPerson("messages");
  const twilioUser = await sim.createUser({
    name: person.name,
    email: person.email,
    calls: 20,
    messages: 600,
    historyDays: 20,
    subaccounts: [{ friendlyName: "Notifications", calls: 0, messages: 300 }],
  });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  await waitForFirstSync(page, connectionId);
  // What the first import brought in, both lists counted.
  await expect(page.getByTestId("import-complete")).toHaveText(
    /^Import complete: 20 calls and 900 messages in \d+ s\.$/,
  );

  // Whole UTC days that ended a day before the import: every message in them has its final
  // status, price and (WhatsApp) read receipt, in the app's copy and in the simulator alike.
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
  const from = isoDay(today - 21 * DAY);
  const to = isoDay(today - 2 * DAY);
  const all = await simMessages(await connectSidOf(twilioUser.email));
  const expected = expectedMessageFigures(all, new Date(`${from}T00:00:00Z`), new Date(today - DAY));
  expect(expected.total).toBeGreaterThan(500);
  expect(expected.failed + expected.undelivered).toBeGreaterThan(0);
  expect(expected.channels.get("whatsapp") ?? 0).toBeGreaterThan(0);

  // The call overview shows the messages at a glance, and the switch leads to their overview.
  await page.goto(`${new URL(page.url()).pathname}?connection=${connectionId}&range=custom&from=${from}&to=${to}`);
  await expect(messageKpi(page, "Messages")).toHaveText(formatCount(expected.total));
  await page
    .getByRole("navigation", { name: "Calls, messages or spend" })
    .getByRole("link", { name: "Messages" })
    .click();
  await expect(page).toHaveURL(/\/dashboard\/messages\?.*from=/);
  await expect(page.getByRole("heading", { name: "Messages", level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

  await expect(messageKpi(page, "Messages")).toHaveText(formatCount(expected.total));
  await expect(messageKpi(page, "Sent")).toHaveText(formatCount(expected.sent));
  await expect(messageKpi(page, "Received")).toHaveText(formatCount(expected.received));
  await expect(messageKpi(page, "Delivered")).toHaveText(formatCount(expected.delivered));
  await expect(messageKpi(page, "Undelivered")).toHaveText(formatCount(expected.undelivered));
  await expect(messageKpi(page, "Failed")).toHaveText(formatCount(expected.failed));
  await expect(messageKpi(page, "Delivery rate")).toHaveText(formatRate(expected.deliveryRate ?? 0));
  await expect(messageKpi(page, "Segments")).toHaveText(formatCount(expected.segments));
  await expect(messageKpi(page, "Cost")).toHaveText(formatUsd(expected.costMicro));

  const volume = await chartTable(page, /Messages per day by status/);
  expect(volume.reduce((sum, row) => sum + parseCount(row.at(-1) ?? "0"), 0)).toBe(expected.total);

  // A ranked row's figure is its last text; the row's label and notes come before it.
  const endsWith = (count: number) => new RegExp(`\\D${formatCount(count)}$`);
  const errors = page.getByRole("listitem");
  for (const [code, count] of expected.errorCodes) {
    const item = errors.filter({ hasText: `Twilio's page for ${code}` });
    await expect(item.locator("p").last().locator("span").first()).toHaveText(formatCount(count));
    await expect(item.getByRole("link", { name: new RegExp(`Twilio's page for ${code}`) })).toHaveAttribute(
      "href",
      `https://www.twilio.com/docs/api/errors/${code}`,
    );
  }

  const channels = page.getByRole("figure", { name: "Messages by channel" });
  for (const [channel, label] of [
    ["sms", "SMS"],
    ["mms", "MMS"],
    ["whatsapp", "WhatsApp"],
  ] as const) {
    const count = expected.channels.get(channel) ?? 0;
    if (count > 0)
      await expect(channels.getByRole("listitem").filter({ hasText: label })).toContainText(formatCount(count));
  }

  const steps = page.getByRole("figure", { name: "Steps" });
  for (const [label, count] of Object.entries(expected.funnel))
    await expect(steps.getByRole("listitem").filter({ hasText: label })).toHaveText(endsWith(count));
  const exits = page.getByRole("figure", { name: "Dropped out" });
  await expect(exits.getByRole("listitem").filter({ hasText: "Undelivered" })).toHaveText(
    endsWith(expected.undelivered),
  );
  await expect(exits.getByRole("listitem").filter({ hasText: "Failed" })).toHaveText(endsWith(expected.failed));

  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const countries = page.getByRole("figure", { name: "Messages by the other party's country" });
  const byCount = (tally: Map<string | null, number>) => [...tally].sort(([, a], [, b]) => b - a);
  for (const [code, count] of byCount(expected.countries).slice(0, 3)) {
    const name = code ? (names.of(code) ?? code) : "Unknown";
    await expect(countries.getByRole("listitem").filter({ hasText: name })).toHaveText(endsWith(count));
  }
  // The most messaged number: its count, and a number with that count (ties may list either first).
  const [, mostTo = 0] = byCount(expected.to)[0] ?? [];
  const topTo = page.getByRole("figure", { name: "Most messaged (To)" }).getByRole("listitem").first();
  await expect(topTo).toHaveText(endsWith(mostTo));
  const topNumber = (await topTo.getByRole("link").textContent()) ?? "";
  expect(expected.to.get(topNumber)).toBe(mostTo);

  const cells = await page
    .getByRole("group", { name: /Messages by weekday and hour/ })
    .getByRole("img")
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""));
  const heatmap = new Map(
    cells
      .map((label) => /^(\w+) (\d\d):00–\d\d:00: ([\d,]+) message/.exec(label))
      .flatMap((m) => (m && m[3] !== "0" ? [[`${m[1]} ${m[2]}`, parseCount(m[3] ?? "")] as const] : [])),
  );
  expect(heatmap).toEqual(expected.heatmap);

  // Filters: the URL changes, the numbers follow, and Back restores both.
  await page.getByRole("group", { name: "Direction" }).getByText("Inbound", { exact: true }).click();
  await expect(page).toHaveURL(/direction=inbound/);
  await expect(messageKpi(page, "Messages")).toHaveText(formatCount(expected.received));
  await page.goBack();
  await expect(page).not.toHaveURL(/direction=/);
  await expect(messageKpi(page, "Messages")).toHaveText(formatCount(expected.total));

  // The message log with the same filters, and a CSV of every message in them, one row each.
  await page.getByRole("link", { name: "Message log" }).click();
  await expect(page).toHaveURL(/\/messages\?.*from=/);
  await expect(page).not.toHaveURL(/\/dashboard\//);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile((await (await download).path()) ?? "", "utf8");
  expect(csv.trimEnd().split("\r\n")).toHaveLength(expected.total + 1);
});

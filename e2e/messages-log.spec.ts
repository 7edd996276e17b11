import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { parseCount, waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

// One journey through the message log: importing a few hundred messages takes a while, and each
// step builds on the last.
test.describe.configure({ timeout: 240_000 });

const rows = (page: Page) => page.getByTestId("message-log").locator("tbody tr");
const sidsOn = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelector("a")?.getAttribute("href") ?? ""));
const columnOf = async (page: Page, header: string) => {
  const headers = await page.getByTestId("message-log").locator("thead th").allTextContents();
  const index = headers.findIndex((text) => text.startsWith(header));
  return rows(page).evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent ?? ""), index);
};
const nonIncreasing = (values: number[]) => values.every((value, i) => i === 0 || value <= (values[i - 1] ?? value));

test("message log: pages, sorts, a message's detail, the CSV of every match, a tampered cursor", async ({ page }) => {
  const person = newPerson("messages");
  const twilioUser = await sim.createUser({
    name: person.name,
    email: person.email,
    calls: 20,
    messages: 260,
    historyDays: 20,
  });
  // A failed and an undelivered message inside the weeks read, whatever the drawn ones did: the
  // detail step opens one.
  const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000).toISOString();
  await sim.addMessages(twilioUser.ownerAccountSid, {
    messages: [
      { status: "failed", errorCode: 21610, createdAt: fiveDaysAgo },
      { status: "undelivered", errorCode: 30005, createdAt: fiveDaysAgo },
    ],
  });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  const workspace = new URL(page.url()).pathname.replace(/\/dashboard$/, "");
  await waitForFirstSync(page, connectionId);

  // Whole UTC days that ended before the import: a later import cannot add to them mid-test.
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const day = (daysAgo: number) => new Date(today - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const log = `${workspace}/messages?connection=${connectionId}&range=custom&from=${day(21)}&to=${day(1)}`;
  await page.goto(log);
  await expect(page.getByRole("heading", { name: "Messages", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Calls or messages" }).getByRole("link", { name: "Messages" }),
  ).toHaveAttribute("aria-current", "page");
  const matching = parseCount((await page.getByTestId("message-count").textContent()) ?? "0");
  expect(matching).toBeGreaterThan(100);
  await expect(rows(page)).toHaveCount(50);
  const firstPage = await sidsOn(page);

  // Forward and back through the keyset pages.
  const cursorOf = async (name: string) =>
    new URL((await page.getByRole("link", { name }).getAttribute("href")) ?? "", page.url()).searchParams.get(
      "after",
    ) ?? "";
  const firstNext = await cursorOf("Next →");
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(rows(page)).toHaveCount(50);
  const secondPage = await sidsOn(page);
  expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
  const secondNext = await cursorOf("Next →");
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/before=/);
  expect(await sidsOn(page)).toEqual(firstPage);
  await expect(page.getByRole("navigation", { name: "Pages" }).getByText("← Previous")).toHaveAttribute(
    "aria-disabled",
    "true",
  );

  // A cursor changed by hand is not trusted: the position of one with the signature of another,
  // or one with a character changed, starts the log at the top.
  const [laterPosition] = secondNext.split(".");
  const [, firstSignature] = firstNext.split(".");
  for (const tampered of [
    `${laterPosition}.${firstSignature}`,
    `${firstNext.slice(0, 5)}${firstNext[5] === "A" ? "B" : "A"}${firstNext.slice(6)}`,
  ]) {
    await page.goto(`${log}&after=${tampered}`);
    await expect(rows(page)).toHaveCount(50);
    expect(await sidsOn(page)).toEqual(firstPage);
    await expect(page.getByRole("navigation", { name: "Pages" }).getByText("← Previous")).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  }

  // Sorting by segments, most first, then fewest first; each order across the whole log.
  await page.getByRole("link", { name: /^Segments/ }).click();
  await expect(page).toHaveURL(/sort=segments&order=desc/);
  await expect(page.getByRole("columnheader", { name: /Segments/ })).toHaveAttribute("aria-sort", "descending");
  const most = (await columnOf(page, "Segments")).map(parseCount);
  expect(nonIncreasing(most)).toBe(true);
  await page.getByRole("link", { name: /^Segments/ }).click();
  await expect(page).toHaveURL(/sort=segments&order=asc/);
  const fewest = (await columnOf(page, "Segments")).map(parseCount);
  expect(nonIncreasing([...fewest].reverse())).toBe(true);
  expect(fewest[0]).toBeLessThanOrEqual(most[0] ?? 0);

  // A message's page: its facts, the history Twilio keeps, and what its error means.
  await page.goto(`${log}&status=undelivered,failed`);
  await rows(page).first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: /^Message (SM|MM)[0-9a-f]{32}$/ })).toBeVisible();
  await expect(page.getByTestId("message-history")).toContainText("Created");
  await expect(page.getByText(/Twilio keeps no fuller history/)).toBeVisible();
  const error = page.getByRole("heading", { name: /^Error \d+/ });
  // Every code the simulator sends is in the dictionary: a title after the code.
  await expect(error).toHaveText(/^Error \d+: \S/);
  const code = /^Error (\d+)/.exec((await error.textContent()) ?? "")?.[1] ?? "none";
  await expect(page.getByRole("link", { name: `Twilio's page on error ${code} (opens in a new tab)` })).toHaveAttribute(
    "href",
    `https://www.twilio.com/docs/api/errors/${code}`,
  );
  await page.getByRole("link", { name: "← Message log" }).click();
  await expect(page.getByRole("heading", { name: "Messages", level: 1 })).toBeVisible();

  // The CSV holds every message the log says match, one row each.
  await page.goto(log);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile((await (await download).path()) ?? "", "utf8");
  const [header, ...lines] = csv.trimEnd().split("\r\n");
  expect(header).toMatch(/^sid,account_sid,direction,channel,status,from,to,/);
  expect(header).not.toMatch(/body/);
  expect(lines).toHaveLength(matching);
});

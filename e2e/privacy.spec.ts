import { readFile } from "node:fs/promises";
import { APP_URL } from "./config";
import { waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newTwilioUser, signIn, test } from "./fixtures";

// A person's data, end to end: they connect Twilio, download everything the app holds about them,
// delete their account, and come back to a fresh start where their old workspace is not found and
// their old session (another device's) signs no one in.

test.describe.configure({ timeout: 180_000 });

type Download = { user: { email: string }; calls: { sid: string }[]; signInAccounts: unknown[] };

test("download my data, then delete my account", async ({ page, browser }) => {
  const twilioUser = await newTwilioUser("privacy", 1, 40);
  const person = await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/w\/[^/]+\/dashboard\?connection=/);
  const dashboard = new URL(page.url());
  const workspacePath = dashboard.pathname.replace(/\/dashboard$/, "");
  await waitForFirstSync(page, dashboard.searchParams.get("connection") ?? "");

  // A call the call log shows, to look for in the download.
  await page.goto(`${workspacePath}/calls`);
  const detail = page.locator('a[href*="/calls/CA"]').first();
  const callSid = /\/calls\/(CA[0-9a-f]{32})/.exec((await detail.getAttribute("href")) ?? "")?.[1] ?? "";
  expect(callSid).toMatch(/^CA[0-9a-f]{32}$/);

  await page.getByLabel("Account menu").click();
  await page.getByRole("link", { name: "Account and privacy" }).click();
  await expect(page.getByRole("heading", { name: "Account and privacy" })).toBeVisible();
  await expect(page.getByTestId("workspaces-deleted")).toContainText("1 Twilio connection");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as Download;
  expect(data.user.email).toBe(person.email);
  expect(data.calls.map((call) => call.sid)).toContain(callSid);
  expect(data.calls).toHaveLength(twilioUser.accounts.reduce((sum, account) => sum + account.calls, 0));

  // Another device's session, to try after the deletion.
  const elsewhere = await browser.newContext({ baseURL: APP_URL, storageState: await page.context().storageState() });

  // A wrong confirmation deletes nothing.
  const confirm = page.getByLabel(`Type ${person.email} to confirm`);
  await confirm.fill("not my address");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "nothing was deleted" })).toBeVisible();

  await page.getByLabel(`Type ${person.email} to confirm`).fill(person.email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/signin\?deleted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Your account and its data are deleted." })).toBeVisible();

  const other = await elsewhere.newPage();
  await other.goto(`${workspacePath}/dashboard`);
  await expect(other).toHaveURL(/\/signin\?callbackUrl=/);
  await elsewhere.close();

  // Signing in again with the same address is a fresh start: a new, empty workspace.
  await signIn(page, person);
  await expect(page).not.toHaveURL(new RegExp(`${workspacePath}(/|$)`));
  await expect(page.getByRole("link", { name: /connect with twilio/i }).first()).toBeVisible();
  await page.goto(`${workspacePath}/dashboard`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

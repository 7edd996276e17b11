import { APP_URL } from "./config";
import { connectSidOf, connectThroughTwilio, expect, newTwilioUser, signIn, sim, test } from "./fixtures";

test("connect: approve at Twilio, land on the dashboard without the AccountSid, see the discovered accounts", async ({
  page,
}) => {
  const twilioUser = await newTwilioUser("approve", 2);
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);

  await expect(page).toHaveURL(/\/dashboard\?connection=[a-z0-9]+$/);
  expect(page.url()).not.toContain("AccountSid");
  expect(page.url()).not.toContain("state=");
  await expect(page.getByText(/^Connected/)).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Connections" }).click();
  await expect(page.getByTestId("connection-status")).toHaveText("Active");
  // Owner account, its two subaccounts, and the subaccount Twilio created for the app.
  await expect(page.getByTestId("discovered-account")).toHaveCount(4);
  await expect(page.getByTestId("account-access")).toHaveText("4 of 4 accounts readable");
  await expect(page.getByText(twilioUser.ownerAccountSid).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Created for this app" })).toBeVisible();
});

test("decline: a clear message and nothing stored", async ({ page }) => {
  const twilioUser = await newTwilioUser("decline");
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email, "Deny");
  await expect(page).toHaveURL(/\/connections\/declined$/);
  await expect(page.getByRole("heading", { name: /nothing was connected/ })).toBeVisible();
  await page.goto("/connections");
  await expect(page.getByText("No Twilio account connected yet")).toBeVisible();
});

test("revoke in Twilio: the deauthorize call arrives, the connection shows revoked, reconnect restores it", async ({
  page,
}) => {
  const twilioUser = await newTwilioUser("revoke");
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);

  const { delivery } = await sim.revoke(await connectSidOf(twilioUser.email));
  expect(delivery.status).toBe(200);

  await page.goto("/connections");
  await expect(page.getByTestId("connection-status")).toHaveText("Revoked");
  await expect(page.getByText(/revoked in Twilio/)).toBeVisible();

  // The dashboard keeps what was imported and asks for a reconnect.
  await page.goto("/dashboard");
  await expect(page.getByText(/Access to this Twilio account was revoked/)).toBeVisible();
  await expect(page.getByRole("link", { name: "reconnect it" })).toHaveAttribute("href", "/twilio/connect");
  // One story: nothing says an import will be retried while it cannot be.
  await expect(page.getByTestId("sync-status")).toHaveText(/^Not importing until reconnected\./);
  await expect(page.getByText(/will be retried/)).toHaveCount(0);

  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  await page.goto("/connections");
  await expect(page.getByTestId("connection-status")).toHaveCount(1);
  await expect(page.getByTestId("connection-status")).toHaveText("Active");
});

test("disconnect asks first, then deletes the connection", async ({ page }) => {
  const twilioUser = await newTwilioUser("disconnect");
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await page.goto("/connections");
  await page.getByRole("button", { name: "Disconnect" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Authorized Connect Apps");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("connection-status")).toHaveText("Active");
  await page.getByRole("button", { name: "Disconnect" }).click();
  await page.getByRole("button", { name: "Disconnect and delete data" }).click();
  await expect(page.getByText(/Disconnected\. The data imported/)).toBeVisible();
  await expect(page.getByText("No Twilio account connected yet")).toBeVisible();
});

test("operators get the Connect button's embeddable HTML", async ({ page }) => {
  await signIn(page);
  await page.goto("/connections/button");
  await expect(page.getByLabel("HTML")).toHaveValue(new RegExp(`^<a href="${APP_URL}/twilio/connect"`));
});

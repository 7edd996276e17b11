import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expectAccessible } from "./axe";
import { APP_URL } from "./config";
import { waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

// An alert from the browser to the inbox: a rule made from its preset on the Alerts page, a burst
// of failed calls in Twilio, Refresh now, and the rule fires: its state and figures on the page,
// the mail in the Outbox, a signed webhook at a receiver on this machine (the e2e stack allows
// http://localhost). The page passes axe with the firing's deliveries open.

test.describe.configure({ timeout: 180_000 });

test("a rule made from a preset fires after an import: page, outbox and a signed webhook", async ({ page }) => {
  const hooks: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      hooks.push({ headers: request.headers, body });
      response.end("thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hookUrl = `http://localhost:${(receiver.address() as AddressInfo).port}/hook`;
  const secret = "e2e-webhook-secret-long-enough";

  const person = newPerson("alerts");
  const twilioUser = await sim.createUser({ name: person.name, email: person.email, calls: 20, historyDays: 10 });
  const me = await signIn(page);
  await page.goto("/connections");
  await connectThroughTwilio(page, twilioUser.email);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  await waitForFirstSync(page, connectionId);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts" }).click();
  await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "New alert rule" });
  await form.getByLabel("Alert when").selectOption({ label: "Too many failed, busy or unanswered calls" });
  // The preset's figures are filled in; keep them but the minimum, so a small burst counts.
  await expect(form.getByLabel("Fire above (%)")).toHaveValue("20");
  await form.getByLabel(/^Only with at least/).fill("10");
  await form.getByLabel(new RegExp(me.email.replace(/[.+]/g, "\\$&"))).check();
  await form.getByLabel("Webhook URL (optional, https)").fill(hookUrl);
  await form.getByLabel("Webhook signing secret (16+ characters)").fill(secret);
  await form.getByRole("button", { name: "Create rule" }).click();
  await expect(page.getByRole("status")).toContainText("Rule created");
  const rule = page.getByTestId("alert-rule");
  await expect(rule.getByTestId("alert-state")).toContainText("OK since");
  // The webhook shows as its host only, and the secret not at all.
  await expect(rule).toContainText(/webhook to http:\/\/localhost:\d+\/…/);
  expect(await page.content()).not.toContain(secret);

  await sim.addCalls(twilioUser.ownerAccountSid, {
    calls: Array.from({ length: 12 }, (_, n) => ({ status: (["failed", "busy"] as const)[n % 2], duration: 0 })),
  });
  const refresh = await page.request.post(`/api/connections/${connectionId}/sync`, { headers: { Origin: APP_URL } });
  expect(refresh.status()).toBe(202);
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.getByTestId("alert-state").textContent();
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toMatch(/^Firing since/);
  // Deliveries go out just after the state changes: wait for the webhook, then read the page.
  await expect.poll(() => hooks.length, { timeout: 30_000 }).toBe(1);
  await page.reload();
  const firing = page.getByTestId("alert-firing");
  await expect(firing).toContainText(/of \d+ ended calls failed, were busy or went unanswered/);
  await expect(firing.getByRole("link", { name: "Open the dashboard for these hours" })).toHaveAttribute(
    "href",
    new RegExp(`/dashboard\\?range=custom&from=.*&connection=${connectionId}`),
  );
  await firing.getByText(/^Deliveries/).click();
  await expect(firing.getByRole("row", { name: /webhook/ })).toContainText("HTTP 200: thanks");
  await expect(firing.getByRole("row", { name: /email/ })).toContainText("sent");

  await expectAccessible(page, "alerts page with a firing's deliveries open");

  expect(hooks).toHaveLength(1);
  const [hook] = hooks;
  const timestamp = String(hook?.headers["x-alert-timestamp"]);
  const expected = `v1=${createHmac("sha256", secret).update(`${timestamp}.${hook?.body}`).digest("hex")}`;
  expect(hook?.headers["x-alert-signature"]).toBe(expected);
  expect(JSON.parse(hook?.body ?? "{}")).toMatchObject({ event: "fired", state: "firing" });
  receiver.close();

  await page.goto("/outbox");
  await expect(page.getByTestId("outbox-mail").filter({ hasText: "Alert firing" })).toHaveCount(1);
});

test("a rule watching one number is made from the numbers the calls reached, then changed", async ({ page }) => {
  const person = newPerson("alert-edit");
  const twilioUser = await sim.createUser({ name: person.name, email: person.email, calls: 40, historyDays: 10 });
  const me = await signIn(page);
  await page.goto("/connections");
  await connectThroughTwilio(page, twilioUser.email);
  await waitForFirstSync(page, new URL(page.url()).searchParams.get("connection") ?? "");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts" }).click();
  const form = page.getByRole("form", { name: "New alert rule" });
  await form.getByLabel("Alert when").selectOption({ label: "A number stopped receiving calls" });
  // The numbers the imported inbound calls reached are offered, the busiest first.
  const number = (await form.locator("datalist#rule-numbers option").first().getAttribute("value")) ?? "";
  expect(number).toMatch(/^\+\d+$/);
  await form.getByLabel("Number (inbound calls to it; empty for all)").fill(number);
  await expect(form.getByLabel("Silent for (full hours)")).toHaveValue("2");
  await form.getByLabel(new RegExp(me.email.replace(/[.+]/g, "\\$&"))).check();
  await form.getByRole("button", { name: "Create rule" }).click();
  await expect(page.getByRole("status")).toContainText("Rule created");
  const rule = page.getByTestId("alert-rule");
  await expect(rule).toContainText(`inbound calls to ${number}`);
  await expect(rule).toContainText("in the last 2 full hours");

  await rule.getByRole("link", { name: "Edit A number stopped receiving calls" }).click();
  const edit = page.getByRole("form", { name: "Edit alert rule" });
  // It starts from the rule as stored: its number, figures and recipients.
  await expect(edit.getByLabel("Number (inbound calls to it; empty for all)")).toHaveValue(number);
  await expect(edit.getByLabel(new RegExp(me.email.replace(/[.+]/g, "\\$&")))).toBeChecked();
  await expect(edit.getByLabel("Alert when")).toHaveCount(0);
  await expectAccessible(page, "the edit form of a rule");
  // A number no call reached is refused, and nothing changes.
  await edit.getByLabel("Number (inbound calls to it; empty for all)").fill("+1 202 555 0100");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("No inbound call to +12025550100")).toBeVisible();
  await edit.getByLabel("Number (inbound calls to it; empty for all)").fill("");
  await edit.getByLabel("Silent for (full hours)").fill("3");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("Rule saved");
  await expect(rule).toContainText("in the last 3 full hours");
  await expect(rule).toContainText("all accounts.");
  await expect(rule).not.toContainText("inbound calls to");
});

import { sampleOf } from "../tests/helpers/metrics";
import { E2E_SECRETS } from "./config";
import { connectThroughTwilio, expect, newTwilioUser, signIn, test } from "./fixtures";

// The standalone server's Prometheus endpoint: its token, and an import through the app counted.
test("GET /api/metrics counts an import's records for a scraper holding METRICS_TOKEN", async ({ page }) => {
  test.setTimeout(120_000);
  const authorization = `Bearer ${E2E_SECRETS.METRICS_TOKEN}`;
  expect((await page.request.get("/api/metrics")).status()).toBe(401);
  expect((await page.request.get("/api/metrics", { headers: { authorization: `${authorization}x` } })).status()).toBe(
    401,
  );
  const scrape = async () => {
    const response = await page.request.get("/api/metrics", { headers: { authorization } });
    expect(response.status()).toBe(200);
    return response.text();
  };
  const importedCalls = async () =>
    sampleOf(await scrape(), "call_analytics_records_imported_total", { list: "calls" });
  const before = await importedCalls();

  const twilioUser = await newTwilioUser("metrics", 1, 80);
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const calls = twilioUser.accounts.reduce((sum, account) => sum + account.calls, 0);
  await expect.poll(importedCalls, { timeout: 60_000 }).toBeGreaterThanOrEqual(before + calls);
  expect(sampleOf(await scrape(), "call_analytics_twilio_responses_total", { status: "2xx" })).toBeGreaterThan(0);
});

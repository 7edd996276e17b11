import type { APIRequestContext } from "@playwright/test";
import { APP_URL, E2E_SECRETS } from "./config";
import { connectThroughTwilio, expect, newTwilioUser, signIn, sim, test } from "./fixtures";

type SyncResponse = {
  connectionStatus: string;
  sync: { state: string; firstSyncComplete: boolean; callsImported: number };
};

/**
 * Waits for the first run to end. The history is in once `firstSyncComplete` holds; the run goes on
 * with each account's usage records and their check under the same lease, so "running" can follow it
 * for a moment.
 */
async function waitForFirstSync(request: APIRequestContext, connectionId: string): Promise<SyncResponse> {
  let body: SyncResponse | undefined;
  await expect
    .poll(
      async () => {
        body = (await (await request.get(`/api/connections/${connectionId}/sync`)).json()) as SyncResponse;
        return body.sync.firstSyncComplete && body.sync.state !== "running";
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  return body!;
}

test("connecting starts the first import, which brings in every call; others cannot see its status", async ({
  page,
  browser,
}) => {
  const twilioUser = await newTwilioUser("first-sync", 2, 400);
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection")!;

  const status = await waitForFirstSync(page.request, connectionId);
  const expected = twilioUser.accounts.reduce((sum, account) => sum + account.calls, 0);
  expect(status.sync.callsImported).toBe(expected);
  expect(status.sync.state).toBe("idle");

  // As the Live panel's button sends it: from the app's own origin.
  const refresh = await page.request.post(`/api/connections/${connectionId}/sync`, { headers: { Origin: APP_URL } });
  expect(refresh.status()).toBe(202);

  const other = await browser.newContext({ baseURL: APP_URL });
  await signIn(await other.newPage());
  expect((await other.request.get(`/api/connections/${connectionId}/sync`)).status()).toBe(404);
  expect(
    (await other.request.post(`/api/connections/${connectionId}/sync`, { headers: { Origin: APP_URL } })).status(),
  ).toBe(404);
  await other.close();
});

test("the scheduled import needs its secret", async ({ request }) => {
  expect((await request.get("/api/cron/sync")).status()).toBe(401);
  expect(
    (
      await request.get("/api/cron/sync", { headers: { Authorization: "Bearer wrong-secret-of-some-length" } })
    ).status(),
  ).toBe(401);
});

test("the scheduled import brings in the calls of a connection that is due", async ({ page }) => {
  test.setTimeout(180_000);
  const twilioUser = await newTwilioUser("cron", 1, 300);
  // The subaccount answers every request with a 5xx, so the first import fails and the
  // connection, never synced, is due for the scheduled one.
  const subaccount = twilioUser.accounts.find((account) => account.sid !== twilioUser.ownerAccountSid)!;
  // The faults stay until the import has failed: lifted any earlier, a slow import could reach
  // the subaccount after they are gone and succeed.
  await sim.setFaults(subaccount.sid, { rate5xx: 1 });
  let connectionId: string;
  const status = async () =>
    ((await (await page.request.get(`/api/connections/${connectionId}/sync`)).json()) as SyncResponse).sync;
  try {
    await signIn(page);
    await connectThroughTwilio(page, twilioUser.email);
    await expect(page).toHaveURL(/\/dashboard\?connection=/);
    connectionId = new URL(page.url()).searchParams.get("connection")!;
    await expect.poll(async () => (await status()).state, { timeout: 60_000 }).toBe("failed");
  } finally {
    await sim.setFaults(subaccount.sid, {});
  }
  expect((await status()).firstSyncComplete).toBe(false);

  const run = await page.request.get("/api/cron/sync", {
    headers: { Authorization: `Bearer ${E2E_SECRETS.CRON_SECRET}` },
    timeout: 120_000,
  });
  expect(run.status()).toBe(200);
  expect(((await run.json()) as { connections: Record<string, string> }).connections[connectionId]).toBe("done");
  const expected = twilioUser.accounts.reduce((sum, account) => sum + account.calls, 0);
  expect(await status()).toMatchObject({ state: "idle", firstSyncComplete: true, callsImported: expected });
});

test("sync status and refresh need a signed-in owner", async ({ request }) => {
  const response = await request.get("/api/connections/some-id/sync");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in first." } });
});

import { kpi, panelsLoaded, waitForFirstSync } from "./dashboard-page";
import { connectSidOf, connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";
import { formatCount, simCalls } from "./sim-calls";

// Connecting against the strict simulator (Twilio as documented: Accounts.json names only the
// connect subaccount, queued calls have no start_time) and against the generous one: the app
// must find every account and import the same calls from both.
test.describe.configure({ timeout: 240_000 });

async function connectAndCount(page: import("@playwright/test").Page, subaccounts: number) {
  const person = newPerson("discovery");
  const twilioUser = await sim.createUser({
    name: person.name,
    email: person.email,
    calls: 120,
    historyDays: 20,
    subaccounts: Array.from({ length: subaccounts }, (_, n) => ({
      friendlyName: n === 0 ? "Sales" : `Branch ${n}`,
      calls: 4,
    })),
  });
  const sales = twilioUser.accounts.find((a) => a.friendlyName === "Sales")!;
  await sim.setFaults(sales.sid, { denied: true });
  await sim.addCalls(twilioUser.ownerAccountSid, { calls: [{ status: "queued" }, { status: "busy" }] });
  await signIn(page);
  await connectThroughTwilio(page, twilioUser.email);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  await waitForFirstSync(page, connectionId);

  const expected = await simCalls(await connectSidOf(twilioUser.email), [sales.sid]);
  await page.goto(`/dashboard?connection=${connectionId}&range=90d`);
  await panelsLoaded(page);
  await expect(kpi(page, "Calls")).toHaveText(formatCount(expected.length));
  await expect(kpi(page, "Busy")).toHaveText(formatCount(expected.filter((c) => c.status === "busy").length));

  await page.goto("/connections");
  // The owner, the subaccounts and the connect subaccount; Sales cannot be read.
  await expect(page.getByTestId("discovered-account")).toHaveCount(subaccounts + 2);
  await expect(page.getByTestId("account-access")).toHaveText(
    `${subaccounts + 1} of ${subaccounts + 2} accounts readable; Sales: 20404 not found`,
  );
  const salesRow = page.getByTestId("discovered-account").filter({ hasText: sales.sid });
  await expect(salesRow.getByRole("cell", { name: "20404 not found" })).toHaveCount(2);
  await expect(salesRow.getByRole("cell").last()).toHaveText("Not read");
  // The import read the owner's usage records after its calls and messages.
  const ownerRow = page.getByTestId("discovered-account").filter({ hasText: twilioUser.ownerAccountSid });
  await expect(ownerRow.getByRole("cell").last()).toHaveText("Readable");
}

test("strict Twilio: 60 subaccounts, one unreadable, queued calls: every readable call imported once, access shown", async ({
  page,
}) => {
  await connectAndCount(page, 60);
});

test("generous Twilio (Accounts.json lists the tree, start times filled): the same import", async ({ page }) => {
  await sim.setFidelity("generous");
  try {
    await connectAndCount(page, 3);
  } finally {
    await sim.setFidelity("strict");
  }
});

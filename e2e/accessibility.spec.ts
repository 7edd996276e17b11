import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { APP_URL } from "./config";
import { openSpendOverview, panelsLoaded, waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

// Every page, in both themes, with its disclosures, menus and dialogs open, against axe's WCAG 2.2
// A/AA rules. New pages join the lists below as they are added.
const THEMES = ["light", "dark"] as const;

// Two themes of a page full of charts, axe included, take a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

type Check = { label: string; url: (connectionId: string) => string; open?: (page: Page) => Promise<void> };

/** The connected person's workspace (`/w/<id>`), for pages with no address outside one. */
let connectedWorkspace = "";

async function checkInBothThemes(page: Page, url: string, check: Check) {
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await page.goto(url);
    await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /dark/ : /^(?!.*dark)/);
    await check.open?.(page);
    await expectAccessible(page, `${check.label} (${colorScheme})`);
  }
}

/** Opens every "Show as table" disclosure on the page. */
async function openTables(page: Page) {
  for (const summary of await page.locator("summary", { hasText: "Show as table" }).all()) await summary.click();
}

const SIGNED_OUT: Check[] = [
  { label: "landing", url: () => "/" },
  { label: "sign-in", url: () => "/signin" },
  { label: "check your email", url: () => "/signin/check-email" },
  { label: "not found", url: () => "/no-such-page" },
  { label: "sign-in after deleting an account", url: () => "/signin?deleted=1" },
];

const BEFORE_CONNECTING: Check[] = [
  { label: "overview without a connection", url: () => "/dashboard" },
  { label: "connections without a connection", url: () => "/connections" },
  { label: "declined", url: () => "/connections/declined" },
  { label: "Connect button HTML", url: () => "/connections/button" },
  {
    label: "account and privacy, after a wrong confirmation",
    url: () => "/account?error=confirm",
  },
];

/** Waits for the messages overview's panels, as panelsLoaded does for the call overview. */
async function messagePanelsLoaded(page: Page) {
  await expect(page.getByTestId("message-kpis")).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

const CONNECTED: Check[] = [
  {
    label: "overview with every table open",
    url: (id) => `/dashboard?connection=${id}`,
    open: async (page) => {
      await panelsLoaded(page);
      await openTables(page);
    },
  },
  {
    label: "overview with the account menu open",
    url: (id) => `/dashboard?connection=${id}`,
    open: async (page) => {
      await panelsLoaded(page);
      await page.getByLabel("Account menu").click();
    },
  },
  {
    label: "overview with the status filter open",
    url: (id) => `/dashboard?connection=${id}&range=custom&from=2026-01-01&to=2026-01-31`,
    open: (page) => page.getByLabel(/^Status:/).click(),
  },
  {
    label: "messages overview with every table open",
    url: (id) => `${connectedWorkspace}/dashboard/messages?connection=${id}`,
    open: async (page) => {
      await messagePanelsLoaded(page);
      await openTables(page);
    },
  },
  {
    label: "messages overview of a period without messages",
    url: (id) => `${connectedWorkspace}/dashboard/messages?connection=${id}&range=custom&from=2024-01-01&to=2024-01-31`,
    open: messagePanelsLoaded,
  },
  {
    label: "spend overview with every table open",
    url: (id) => `${connectedWorkspace}/dashboard/spend?connection=${id}`,
    open: async (page) => {
      await openSpendOverview(page, page.url());
      await openTables(page);
    },
  },
  { label: "call log", url: (id) => `/calls?connection=${id}` },
  {
    label: "call detail",
    url: (id) => `/calls?connection=${id}`,
    open: async (page) => {
      await page.getByTestId("call-log").locator("tbody tr").first().getByRole("link").click();
      await expect(page.getByRole("heading", { name: /^Call CA/ })).toBeVisible();
    },
  },
  { label: "unknown call", url: (id) => `/calls/CA${"0".repeat(32)}?connection=${id}` },
  { label: "message log", url: (id) => `${connectedWorkspace}/messages?connection=${id}` },
  {
    label: "message detail, with its error explained",
    url: (id) => `${connectedWorkspace}/messages?connection=${id}&status=undelivered,failed`,
    open: async (page) => {
      await page.getByTestId("message-log").locator("tbody tr").first().getByRole("link").click();
      await expect(page.getByRole("heading", { name: /^Message (SM|MM)/ })).toBeVisible();
      await expect(page.getByTestId("message-error")).toBeVisible();
    },
  },
  {
    label: "message log on a phone",
    url: (id) => `${connectedWorkspace}/messages?connection=${id}`,
    open: (page) => page.setViewportSize({ width: 390, height: 844 }),
  },
  {
    label: "overview on a phone with the menu open",
    url: (id) => `/dashboard?connection=${id}`,
    open: async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await panelsLoaded(page);
      await page.getByLabel("Menu", { exact: true }).click();
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    },
  },
  {
    label: "call log on a phone",
    url: (id) => `/calls?connection=${id}`,
    open: (page) => page.setViewportSize({ width: 390, height: 844 }),
  },
  {
    label: "connections with per-account access, one account unreadable",
    url: () => "/connections",
    open: (page) => expect(page.getByTestId("account-access")).toContainText("Sales: 20404 not found"),
  },
  { label: "alerts with the new-rule form", url: () => `${connectedWorkspace}/alerts` },
  { label: "account and privacy, with the workspace it would delete", url: () => "/account" },
  {
    label: "connections with the disconnect dialog open",
    url: () => "/connections",
    open: async (page) => {
      await page.getByRole("button", { name: "Disconnect" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
];

for (const check of SIGNED_OUT) {
  test(`signed out: ${check.label}`, async ({ page }) => checkInBothThemes(page, check.url(""), check));
}

test("signed in, before connecting", async ({ page }) => {
  await signIn(page);
  for (const check of BEFORE_CONNECTING) await checkInBothThemes(page, check.url(""), check);
});

test.describe("signed in, connected", () => {
  let session: Awaited<ReturnType<BrowserContext["storageState"]>>;
  let connectionId = "";

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ baseURL: APP_URL });
    const page = await context.newPage();
    const person = newPerson("a11y");
    const twilioUser = await sim.createUser({
      name: person.name,
      email: person.email,
      calls: 200,
      messages: 150,
      historyDays: 20,
      subaccounts: [{ friendlyName: "Sales", calls: 5 }],
    });
    // Messages that failed and went undelivered two days ago, so the detail page has an error to explain.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await sim.addMessages(twilioUser.ownerAccountSid, {
      messages: [
        { status: "failed", errorCode: 30007, createdAt: twoDaysAgo },
        { status: "undelivered", errorCode: 30003, createdAt: twoDaysAgo },
      ],
    });
    // An account the grant cannot read, so the Connections page shows its error.
    const sales = twilioUser.accounts.find((a) => a.friendlyName === "Sales");
    if (sales) await sim.setFaults(sales.sid, { denied: true });
    await signIn(page);
    await page.goto("/connections");
    await connectThroughTwilio(page, twilioUser.email);
    connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
    connectedWorkspace = new URL(page.url()).pathname.replace(/\/dashboard$/, "");
    await waitForFirstSync(page, connectionId);
    session = await context.storageState();
    await context.close();
  });

  const signedIn = (browser: Browser) => browser.newContext({ baseURL: APP_URL, storageState: session });

  for (const check of CONNECTED) {
    test(check.label, async ({ browser }) => {
      const context = await signedIn(browser);
      await checkInBothThemes(await context.newPage(), check.url(connectionId), check);
      await context.close();
    });
  }
});

test.describe("signed in, a shared workspace", () => {
  type Who = "owner" | "member" | "invitee";
  const sessions = {} as Record<Who, Awaited<ReturnType<BrowserContext["storageState"]>>>;
  let workspace = "";
  let usedLink = "";
  let pendingLink = "";

  /** Signs `person` in through a context of its own, runs `act`, and keeps the session. */
  async function session(
    browser: Browser,
    who: Who,
    person: ReturnType<typeof newPerson>,
    act?: (page: Page) => Promise<void>,
  ) {
    const context = await browser.newContext({ baseURL: APP_URL });
    const page = await context.newPage();
    await signIn(page, person);
    await act?.(page);
    sessions[who] = await context.storageState();
    await context.close();
  }

  async function invite(page: Page, email: string) {
    await page.goto(`${workspace}/team`);
    const form = page.getByRole("form", { name: "Invite a colleague" });
    await form.getByLabel("Email").fill(email);
    await form.getByRole("button", { name: "Send invitation" }).click();
    return (await page.getByTestId("invitation-link").textContent()) ?? "";
  }

  // An owner with a member (a viewer who joined) and an invitation still pending.
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    const member = newPerson("a11y-member");
    const invitee = newPerson("a11y-invitee");
    await session(browser, "owner", newPerson("a11y-owner"), async (page) => {
      await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+\/dashboard$/);
      workspace = new URL(page.url()).pathname.replace(/\/dashboard$/, "");
      usedLink = await invite(page, member.email);
      pendingLink = await invite(page, invitee.email);
    });
    await session(browser, "member", member, async (page) => {
      await page.goto(usedLink);
      await page.getByRole("button", { name: "Accept and join" }).click();
      await expect(page).toHaveURL(new RegExp(`^${APP_URL}${workspace}/dashboard`));
    });
    await session(browser, "invitee", invitee);
  });

  const CHECKS: (Check & { as: Who })[] = [
    {
      label: "team, with a member, a pending invitation and a link just sent",
      as: "owner",
      url: () => `${workspace}/team`,
      open: async (page) => {
        const form = page.getByRole("form", { name: "Invite a colleague" });
        await form.getByLabel("Email").fill(newPerson("a11y-more").email);
        await form.getByRole("button", { name: "Send invitation" }).click();
        await expect(page.getByTestId("invitation-link")).toBeVisible();
      },
    },
    {
      label: "team with the workspace switcher open",
      as: "owner",
      url: () => `${workspace}/team`,
      open: async (page) => {
        await page.getByTestId("workspace-switcher").filter({ visible: true }).locator("summary").click();
        await expect(page.getByRole("list", { name: "Your workspaces" })).toBeVisible();
      },
    },
    { label: "team as a viewer", as: "member", url: () => `${workspace}/team` },
    { label: "activity", as: "owner", url: () => `${workspace}/activity` },
    { label: "new workspace", as: "owner", url: () => "/workspaces/new" },
    { label: "empty outbox", as: "owner", url: () => "/outbox" },
    { label: "outbox with an invitation", as: "invitee", url: () => "/outbox" },
    { label: "invitation to join", as: "invitee", url: () => pendingLink },
    { label: "invitation for someone else", as: "owner", url: () => pendingLink },
    { label: "invitation already used", as: "member", url: () => usedLink },
    {
      label: "team on a phone with the menu and its workspace switcher open",
      as: "owner",
      url: () => `${workspace}/team`,
      open: async (page) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.getByLabel("Menu", { exact: true }).click();
        await page.getByTestId("workspace-switcher").filter({ visible: true }).locator("summary").click();
        await expect(page.getByRole("list", { name: "Your workspaces" })).toBeVisible();
      },
    },
  ];

  for (const check of CHECKS) {
    test(check.label, async ({ browser }) => {
      const context = await browser.newContext({ baseURL: APP_URL, storageState: sessions[check.as] });
      await checkInBothThemes(await context.newPage(), check.url(""), check);
      await context.close();
    });
  }
});

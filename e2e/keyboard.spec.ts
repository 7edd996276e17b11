import type { Browser, BrowserContext, Page } from "@playwright/test";
import { APP_URL } from "./config";
import { panelsLoaded, waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

// The overview by keyboard alone: every control reached once, named, with visible focus that the
// sticky header never covers; popups that close on Escape and give focus back; actions that keep
// focus on their control.

test.describe.configure({ timeout: 120_000 });

type Stop = { key: string; name: string; outlined: boolean; top: number; headerBottom: number; inHeader: boolean };

/** What has focus now: a stable key for the element, its accessible name, and where it sits. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const path: string[] = [];
    for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
      path.unshift(`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
    }
    const labelled = element.getAttribute("aria-labelledby");
    const name =
      element.getAttribute("aria-label") ??
      (labelled ? (document.getElementById(labelled)?.textContent ?? "") : "") ??
      "";
    const label =
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.closest("label")?.textContent;
    const style = getComputedStyle(element);
    const ring = (target: Element) => {
      const s = getComputedStyle(target);
      return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
    };
    // Radios and checkboxes hidden inside a styled label show their focus on the label.
    const outlined =
      ring(element) ||
      (style.position === "absolute" && element.closest("label") !== null && ring(element.closest("label")!));
    const box = element.getBoundingClientRect();
    const header = document.querySelector("header")?.getBoundingClientRect();
    return {
      key: path.join("/"),
      name: (name || label || element.textContent || element.getAttribute("title") || "").trim(),
      outlined,
      top: box.top,
      inHeader: element.closest("header") !== null || style.position === "fixed",
      headerBottom:
        header && getComputedStyle(document.querySelector("header")!).position === "sticky" ? header.bottom : 0,
    };
  });
}

/** How many Tab stops the page should have: visible, enabled controls, one per radio group. */
function expectedStops(page: Page): Promise<number> {
  return page.evaluate(() => {
    const candidates = [
      ...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]"),
    ].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        element.checkVisibility({ visibilityProperty: true }),
    );
    const radioGroups = new Set<string>();
    return candidates.filter((element) => {
      if (!(element instanceof HTMLInputElement) || element.type !== "radio") return true;
      if (radioGroups.has(element.name)) return false;
      radioGroups.add(element.name);
      return true;
    }).length;
  });
}

/** Tabs (or shift-tabs) once through the whole page, freshly loaded (and `ready`) so focus starts at an end. */
async function tabThrough(page: Page, key: "Tab" | "Shift+Tab", ready = panelsLoaded): Promise<Stop[]> {
  await page.reload();
  await ready(page);
  const stops: Stop[] = [];
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (!stop || stops.some((s) => s.key === stop.key)) break;
    stops.push(stop);
  }
  return stops;
}

let session: Awaited<ReturnType<BrowserContext["storageState"]>>;
let overview = "";

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: APP_URL });
  const page = await context.newPage();
  const person = newPerson("keys");
  const twilioUser = await sim.createUser({
    name: person.name,
    email: person.email,
    calls: 150,
    messages: 60,
    historyDays: 20,
  });
  await signIn(page);
  await page.goto("/connections");
  await connectThroughTwilio(page, twilioUser.email);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  await waitForFirstSync(page, connectionId);
  overview = `/dashboard?connection=${connectionId}&range=30d`;
  session = await context.storageState();
  await context.close();
});

/** A signed-in page on the overview, every panel loaded. */
async function openOverview(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: APP_URL, storageState: session });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(overview);
  await panelsLoaded(page);
  return page;
}

test("a skip link is the first Tab stop and lands on the content", async ({ browser }) => {
  const page = await openOverview(browser);
  const [first] = await tabThrough(page, "Tab");
  expect(first?.name).toBe("Skip to content");
  await page.reload();
  await panelsLoaded(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("Tab reaches every control once, each named and with a visible focus ring", async ({ browser }) => {
  const page = await openOverview(browser);
  const stops = await tabThrough(page, "Tab");
  expect(stops.length).toBe(await expectedStops(page));
  for (const stop of stops) {
    expect(stop.name, `a Tab stop without a name at ${stop.key}`).not.toBe("");
    expect(stop.outlined, `no visible focus on "${stop.name}"`).toBe(true);
  }
});

test("each chart's table toggle says which chart it opens", async ({ browser }) => {
  const page = await openOverview(browser);
  const toggles = (await tabThrough(page, "Tab"))
    .filter((stop) => stop.name.startsWith("Show as table"))
    .map((stop) => stop.name);
  expect(toggles.length).toBeGreaterThanOrEqual(5);
  expect(new Set(toggles).size).toBe(toggles.length);
});

test("Shift+Tab from the bottom never leaves focus under the sticky header", async ({ browser }) => {
  const page = await openOverview(browser);
  const stops = await tabThrough(page, "Shift+Tab");
  expect(stops.length).toBeGreaterThan(10);
  for (const stop of stops) {
    if (stop.inHeader) continue;
    expect(stop.top, `"${stop.name}" is hidden under the header`).toBeGreaterThanOrEqual(stop.headerBottom - 1);
  }
});

test("the account menu closes on Escape (focus back on it) and when focus leaves it", async ({ browser }) => {
  const page = await openOverview(browser);
  const menu = page.getByLabel("Account menu");
  // Account and privacy, then (without a mail server, as here) the outbox, then Sign out.
  const account = page.getByRole("link", { name: "Account and privacy" });
  const outbox = page.getByRole("link", { name: "Outbox (mail to you)" });
  const signOut = page.getByRole("button", { name: "Sign out" });
  await menu.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(account).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(outbox).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(signOut).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(signOut).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  for (let stop = 0; stop < 4; stop += 1) await page.keyboard.press("Tab");
  await expect(signOut).toBeHidden();
});

test("the status filter closes on Escape with focus back on it", async ({ browser }) => {
  const page = await openOverview(browser);
  const status = page.getByLabel(/^Status:/);
  await status.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("checkbox", { name: "Completed" })).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("checkbox", { name: "Completed" })).toBeHidden();
  await expect(status).toBeFocused();
});

test("Refresh now keeps focus while the import runs", async ({ browser }) => {
  const page = await openOverview(browser);
  await page.getByRole("button", { name: "Refresh now" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /Syncing|Refresh now/ })).toBeFocused();
  await expect(page.getByRole("button", { name: "Refresh now" })).toBeFocused({ timeout: 60_000 });
});

test("Apply keeps focus after applying custom dates", async ({ browser }) => {
  const page = await openOverview(browser);
  await page.getByRole("combobox", { name: "Date range" }).selectOption("custom");
  await expect(page).toHaveURL(/range=custom/);
  const apply = page.getByRole("button", { name: "Apply" });
  await page.getByLabel("From", { exact: true }).fill("2026-01-01");
  await apply.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/from=2026-01-01/);
  await expect(apply).toBeFocused();
});

test("the workspace switcher closes on Escape with focus back on it, its links reached by Tab", async ({ browser }) => {
  const page = await openOverview(browser);
  // On wide screens the copy in the phone menu is hidden.
  const switcher = page.getByLabel(/^Workspace: .+\. Switch workspace$/).filter({ visible: true });
  const newWorkspace = page.getByRole("link", { name: "New workspace…" }).filter({ visible: true });
  await switcher.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("list", { name: "Your workspaces" }).getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(newWorkspace).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(newWorkspace).toBeHidden();
  await expect(switcher).toBeFocused();
});

test("team, activity, message log and detail, spend, new workspace, account, outbox and invitation pages: every control reached once, named, visibly focused", async ({
  browser,
}) => {
  const owner = await openOverview(browser);
  const workspace = new URL(owner.url()).pathname.replace(/\/dashboard$/, "");
  // A pending invitation: the Team page lists it with its Revoke button, and the invitee has mail.
  const invitee = newPerson("keys-invitee");
  await owner.goto(`${workspace}/team`);
  const form = owner.getByRole("form", { name: "Invite a colleague" });
  await form.getByLabel("Email").fill(invitee.email);
  await form.getByRole("button", { name: "Send invitation" }).click();
  const link = (await owner.getByTestId("invitation-link").textContent()) ?? "";
  const inviteePage = await (await browser.newContext({ baseURL: APP_URL })).newPage();
  await signIn(inviteePage, invitee);
  const messages = `${workspace}/messages?${new URL(overview, APP_URL).searchParams.toString()}`;
  await owner.goto(messages);
  const message = (await owner.getByTestId("message-log").locator("tbody a").first().getAttribute("href")) ?? "";

  for (const [page, url] of [
    [owner, `${workspace}/team`],
    [owner, `${workspace}/activity`],
    [owner, messages],
    [owner, message],
    [owner, `${workspace}/dashboard/spend?${new URL(overview, APP_URL).searchParams.toString()}`],
    [owner, "/workspaces/new"],
    [owner, "/account"],
    [inviteePage, "/outbox"],
    [inviteePage, link],
  ] as const) {
    await page.goto(url);
    const stops = await tabThrough(page, "Tab", (loaded) => expect(loaded.locator("h1")).toBeVisible());
    expect(stops.length, url).toBe(await expectedStops(page));
    for (const stop of stops) {
      expect(stop.name, `${url}: a Tab stop without a name at ${stop.key}`).not.toBe("");
      expect(stop.outlined, `${url}: no visible focus on "${stop.name}"`).toBe(true);
    }
  }
});

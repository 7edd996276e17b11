import { appendFile } from "node:fs/promises";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { createSimControlClient } from "../sim/control-client";
import { SESSION_COOKIES_FILE, SIM_URL } from "./config";

/** The simulator's control API: create Twilio users, revoke grants, inject faults. */
export const sim = createSimControlClient(SIM_URL);

let counter = 0;

/** A person unique to this run, so specs never see each other's data. */
export function newPerson(label = "user") {
  counter += 1;
  // The process id keeps two Playwright workers' people apart.
  const id = `${label}-${Date.now().toString(36)}-${process.pid}-${counter}`;
  return { name: `Test ${label} ${counter}`, email: `${id}@example.com` };
}

/**
 * Signs in through the demo form, the way a person would, and waits for the dashboard shell.
 * Each person signs in from an address of their own (as a proxy reports it), so the suite's
 * sign-ins do not add up against the per-address sign-in limit.
 */
export async function signIn(page: Page, person = newPerson(), startAt = "/signin") {
  // Playwright numbers its parallel workers from 0: each worker's people get addresses of their own.
  const worker = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
  await page
    .context()
    .setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.${100 + worker}.${counter % 250}, 10.${counter}.${worker}.1` });
  await page.goto(startAt);
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByRole("button", { name: "Sign in to the demo" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  return person;
}

const CSP_VIOLATION = /Content[ -]Security[ -]Policy/i;

/**
 * Every test fails on a Content-Security-Policy violation in any of its browser contexts (the
 * default one and those a test opens): the app must work under its own policy.
 */
export const test = base.extend<{ cspGuard: void; sessionCookies: void }>({
  // Every session cookie a test's browsers end with is recorded: e2e/logs.spec.ts checks that
  // none of them reached the app's log.
  sessionCookies: [
    async ({ browser }, use) => {
      await use();
      const cookies = await Promise.all(browser.contexts().map((opened) => opened.cookies()));
      const sessions = cookies.flat().filter((cookie) => cookie.name.includes("session-token"));
      if (sessions.length > 0) await appendFile(SESSION_COOKIES_FILE, sessions.map((c) => `${c.value}\n`).join(""));
    },
    { auto: true },
  ],
  cspGuard: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("console", (message) => {
          if (message.type() === "error" && CSP_VIOLATION.test(message.text())) {
            violations.push(`${message.location().url}: ${message.text()}`);
          }
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const opened = await newContext(...args);
        watch(opened);
        return opened;
      };
      await use();
      browser.newContext = newContext;
      expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** A simulated Twilio account holder of this test's own (one Twilio account links to one app user). */
export async function newTwilioUser(label = "twilio", subaccounts = 2, calls = 50) {
  const person = newPerson(label);
  const user = await sim.createUser({ name: person.name, email: person.email, subaccounts, calls });
  return user;
}

/** From a signed-in page: Connect → the (simulated) Twilio authorize page → Authorize or Deny. */
export async function connectThroughTwilio(
  page: Page,
  twilioEmail: string,
  decision: "Authorize" | "Deny" = "Authorize",
  simUrl = SIM_URL,
) {
  await page
    .getByRole("link", { name: /connect with twilio|connect another account|reconnect|try again/i })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`^${simUrl.replace(/[.]/g, "\\.")}/authorize/CN[0-9a-f]{32}\\?state=`));
  await page.getByLabel(new RegExp(twilioEmail.replace(/[.+]/g, "\\$&"))).check();
  await page.getByRole("button", { name: decision, exact: true }).click();
}

export async function connectSidOf(twilioEmail: string): Promise<string> {
  const state = await sim.state();
  const authorization = state.authorizations.find((a) => a.email === twilioEmail && a.active);
  if (!authorization) throw new Error(`no active authorization for ${twilioEmail}`);
  return authorization.accountSid;
}

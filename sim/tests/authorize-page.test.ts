import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserView } from "../control-client";
import { startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let users: UserView[];
let pageUrl: string;

beforeAll(async () => {
  t = await startTestSim({ connectAppCompany: "Acme & Sons <Analytics>" });
  users = (await t.control.state()).users;
  pageUrl = `${t.sim.url}/authorize/${t.sim.config.connectAppSid}`;
});
afterAll(() => t.sim.close());

function user(email: string): UserView {
  const found = users.find((u) => u.email === email);
  if (!found) throw new Error(`no seeded user ${email}`);
  return found;
}

async function decide(form: Record<string, string>): Promise<URL> {
  const response = await fetch(pageUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form),
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location") ?? "");
}

describe("the Connect authorize page", () => {
  it("shows the app, its permissions and every user, with HTML escaped", async () => {
    const state = `"><script>alert(1)</script>`;
    const response = await fetch(`${pageUrl}?state=${encodeURIComponent(state)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Call Analytics (demo)");
    expect(html).toContain("Acme &amp; Sons &lt;Analytics&gt;");
    expect(html).toContain("would like to access your Twilio account");
    expect(html).toContain("Read all your data");
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/<button type="submit"[^>]*>Authorize<\/button>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Deny<\/button>/);
    expect(html).toMatch(/@media \(prefers-color-scheme: dark\)/);
    for (const u of users) {
      expect(html).toContain(`<input type="radio" name="user" id="user-${u.id}" value="${u.id}"`);
      expect(html).toMatch(new RegExp(`<label for="user-${u.id}">[^<]*${u.email.replace(".", "\\.")}`));
    }
  });

  it("answers 404 for an unknown Connect App", async () => {
    expect((await fetch(`${t.sim.url}/authorize/CN${"f".repeat(32)}`)).status).toBe(404);
  });

  it("approving redirects with the connect subaccount and the same state, reused on re-approval", async () => {
    const grace = user("grace@example.com");
    const first = await decide({ state: "s-123", user: grace.id, decision: "authorize" });
    expect(`${first.origin}${first.pathname}`).toBe(t.sim.config.authorizeRedirectUrl);
    const accountSid = first.searchParams.get("AccountSid") ?? "";
    expect(accountSid).toMatch(/^AC[0-9a-f]{32}$/);
    expect(first.searchParams.get("state")).toBe("s-123");

    const again = await decide({ state: "s-456", user: grace.id, decision: "authorize" });
    expect(again.searchParams.get("AccountSid")).toBe(accountSid);
    const noState = await decide({ user: grace.id, decision: "authorize" });
    expect(noState.searchParams.has("state")).toBe(false);

    // Strict: the connect subaccount lists itself; the grant lets the app act as the owner,
    // whose list is the whole tree.
    const listed = await t.client(accountSid).api.v2010.accounts.list({ pageSize: 50 });
    expect(listed.map((a) => a.sid)).toEqual([accountSid]);
    const connect = listed[0];
    expect(connect?.friendlyName).toBe("Call Analytics (demo)");
    expect(connect?.ownerAccountSid).toBe(grace.ownerAccountSid);
    const accounts = await t.client(grace.ownerAccountSid).api.v2010.accounts.list({ pageSize: 50 });
    expect(accounts.find((a) => a.ownerAccountSid === a.sid)?.sid).toBe(grace.ownerAccountSid);
    expect(accounts).toHaveLength(grace.accounts.length + 1);
  });

  it("declining redirects with error=unauthorized_client and the state", async () => {
    const declined = await decide({ state: "s-789", user: user("ada@example.com").id, decision: "deny" });
    expect(Object.fromEntries(declined.searchParams)).toEqual({ error: "unauthorized_client", state: "s-789" });
  });
});

import type { Browser, Page } from "@playwright/test";
import { APP_URL } from "./config";
import { kpi, panelsLoaded, parseCount, waitForFirstSync } from "./dashboard-page";
import { connectThroughTwilio, expect, newPerson, signIn, sim, test } from "./fixtures";

// A workspace shared with a colleague, end to end: the owner connects Twilio and invites by email,
// the colleague joins from the outbox's link and sees the same dashboards as a viewer, the server
// refuses what a viewer may not do, invitation links refuse the wrong person and a second use, and
// a removed member is refused on their very next request.

test.describe.configure({ timeout: 240_000 });

type Person = ReturnType<typeof newPerson>;

async function signedInPage(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext({ baseURL: APP_URL });
  const page = await context.newPage();
  await signIn(page, person);
  return page;
}

/** Invites `email` as `role` from the Team page, and returns the link the page shows for it. */
async function invite(owner: Page, teamUrl: string, email: string, role: "Viewer" | "Admin") {
  await owner.goto(teamUrl);
  const form = owner.getByRole("form", { name: "Invite a colleague" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByRole("button", { name: "Send invitation" }).click();
  const link = owner.getByTestId("invitation-link");
  await expect(link).toHaveText(new RegExp(`^${APP_URL}/invite/[A-Za-z0-9_-]+$`));
  await expect(owner.getByTestId("pending-invitation").filter({ hasText: email })).toContainText(
    `as ${role.toLowerCase()}`,
  );
  return (await link.textContent()) ?? "";
}

/** The workspace switcher on screen (on phones it sits in the menu, a second copy hidden on wide screens). */
const switcher = (page: Page) => page.getByTestId("workspace-switcher").filter({ visible: true });

/** Opens the switcher and returns its workspace links (each a name and the person's role there). */
async function listedWorkspaces(page: Page) {
  await switcher(page).locator("summary").click();
  return switcher(page).getByRole("list", { name: "Your workspaces" }).getByRole("link");
}

/** The signed-in section's not-found page, and none of the dashboard. */
async function expectNotFound(page: Page) {
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByTestId("kpis")).toHaveCount(0);
}

const auditEvent = (page: Page, action: string) => page.locator(`[data-testid="audit-event"][data-action="${action}"]`);

test("a workspace shared with a viewer: invite, join, the same dashboards, what a viewer may not do, removal", async ({
  page: owner,
  browser,
}) => {
  const ownerPerson = newPerson("owner");
  const colleaguePerson = newPerson("colleague");
  const twilioUser = await sim.createUser({
    ...newPerson("team-twilio"),
    calls: 60,
    // Well inside the overview's default 30 days, so both people count the same calls whenever they look.
    historyDays: 10,
    subaccounts: 0,
  });

  // The owner connects Twilio in their own workspace and waits for the first import.
  await signIn(owner, ownerPerson);
  await connectThroughTwilio(owner, twilioUser.email);
  await expect(owner).toHaveURL(/\/w\/[A-Za-z0-9_-]+\/dashboard\?connection=[a-z0-9]+$/);
  const url = new URL(owner.url());
  const workspaceId = url.pathname.split("/")[2] ?? "";
  const connectionId = url.searchParams.get("connection") ?? "";
  const inWorkspace = (path: string) => `/w/${workspaceId}${path}`;
  await waitForFirstSync(owner, connectionId);
  await owner.goto(inWorkspace("/dashboard"));
  await panelsLoaded(owner);
  const ownerCalls = (await kpi(owner, "Calls").textContent()) ?? "";
  expect(parseCount(ownerCalls)).toBeGreaterThan(0);
  // What the owner may do and a viewer may not, seen here first so its absence later means something.
  await expect(owner.getByRole("button", { name: "Refresh now" })).toBeVisible();
  await expect(owner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" })).toBeVisible();
  const workspaceName = (await switcher(owner).locator("summary").textContent())?.trim() ?? "";
  expect(workspaceName).not.toBe("");

  const link = await invite(owner, inWorkspace("/team"), colleaguePerson.email, "Viewer");

  // The colleague finds the same link in their outbox, and joins through it.
  const colleague = await signedInPage(browser, colleaguePerson);
  await colleague.goto("/outbox");
  const mail = colleague.getByTestId("outbox-mail").filter({ hasText: workspaceName });
  await expect(mail.getByRole("link", { name: link })).toHaveAttribute("href", link);
  await mail.getByRole("link", { name: link }).click();
  await expect(colleague.getByRole("heading", { name: `Join ${workspaceName}` })).toBeVisible();
  await colleague.getByRole("button", { name: "Accept and join" }).click();
  await expect(colleague).toHaveURL(new RegExp(`/w/${workspaceId}/dashboard(\\?|$)`));
  await expect(colleague.getByText(`Welcome to ${workspaceName}. You joined as viewer.`)).toBeVisible();
  await panelsLoaded(colleague);
  await expect(kpi(colleague, "Calls")).toHaveText(ownerCalls);
  await expect((await listedWorkspaces(colleague)).filter({ hasText: workspaceName })).toContainText("Viewer");

  // As a viewer: no controls that change anything, no audit trail, no invite form.
  await expect(colleague.getByRole("button", { name: "Refresh now" })).toHaveCount(0);
  const nav = colleague.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Team" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Activity" })).toHaveCount(0);
  await colleague.goto(inWorkspace("/connections"));
  await expect(colleague.getByTestId("connection-status")).toHaveText("Active");
  await expect(colleague.getByRole("button", { name: "Disconnect" })).toHaveCount(0);
  await expect(
    colleague.getByRole("link", { name: /^(connect with twilio|connect another account|reconnect)$/i }),
  ).toHaveCount(0);
  await expect(colleague.locator('a[href^="/twilio/connect"]')).toHaveCount(0);
  expect((await colleague.goto(inWorkspace("/activity")))?.status()).toBe(404);
  await expectNotFound(colleague);
  await colleague.goto(inWorkspace("/team"));
  await expect(colleague.getByTestId("member-row").filter({ hasText: "(you)" })).toContainText("Viewer");
  await expect(colleague.getByRole("form", { name: "Invite a colleague" })).toHaveCount(0);
  await expect(colleague.getByRole("button", { name: /^Remove/ })).toHaveCount(0);

  // The server refuses the same, whatever the page shows: 403 for a member whose role lacks it
  // (sent from the app's own origin, so the same-origin check is not what answers).
  const sameOrigin = { headers: { Origin: APP_URL } };
  const api = `/api/connections/${connectionId}`;
  expect((await colleague.request.get(`${api}/sync`)).status()).toBe(200);
  for (const refused of [
    await colleague.request.delete(api, sameOrigin),
    await colleague.request.post(`${api}/sync`, sameOrigin),
  ]) {
    expect(refused.status(), refused.url()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  }
  await owner.goto(inWorkspace("/connections"));
  await expect(owner.getByTestId("connection-status")).toHaveText("Active");
  await expect(owner.getByRole("button", { name: "Disconnect" })).toBeVisible();
  await expect(owner.getByRole("link", { name: "Connect another account" })).toBeVisible();

  // An invitation opened by someone signed in with another address does not let them in; a used one says so.
  const invitee = newPerson("invitee");
  const secondLink = await invite(owner, inWorkspace("/team"), invitee.email, "Admin");
  const stranger = await signedInPage(browser, newPerson("stranger"));
  await stranger.goto(secondLink);
  await expect(stranger.getByRole("heading", { name: "This invitation is for someone else" })).toBeVisible();
  await expect(stranger.getByText(invitee.email)).toBeVisible();
  await expect(stranger.getByRole("button", { name: "Accept and join" })).toHaveCount(0);
  await stranger.goto(inWorkspace("/dashboard"));
  await expectNotFound(stranger);
  await owner.goto(inWorkspace("/team"));
  await expect(owner.getByTestId("pending-invitation").filter({ hasText: invitee.email })).toBeVisible();
  await colleague.goto(link);
  await expect(colleague.getByText("This invitation was already accepted. Each link works once.")).toBeVisible();
  await expect(colleague.getByRole("button", { name: "Accept and join" })).toHaveCount(0);

  // The owner's audit trail has the story so far.
  await owner.goto(inWorkspace("/activity"));
  await expect(auditEvent(owner, "connection.connected")).toHaveCount(1);
  await expect(auditEvent(owner, "member.invited").filter({ hasText: colleaguePerson.email })).toContainText(
    ownerPerson.name,
  );
  const joined = auditEvent(owner, "member.joined");
  await expect(joined).toContainText(colleaguePerson.name);
  await expect(joined).toContainText("joined as viewer");

  // Removed: the colleague's next request is refused, and their own workspace is still theirs.
  await colleague.goto(inWorkspace("/dashboard"));
  await expect(kpi(colleague, "Calls")).toHaveText(ownerCalls);
  await owner.goto(inWorkspace("/team"));
  await owner.getByRole("button", { name: `Remove ${colleaguePerson.name}` }).click();
  await expect(owner.getByText("Member removed.")).toBeVisible();
  await expect(owner.getByTestId("member-row").filter({ hasText: colleaguePerson.name })).toHaveCount(0);
  // A real 404, though the overview streams: the workspace's layout checks membership first.
  expect((await colleague.reload())?.status()).toBe(404);
  await expectNotFound(colleague);
  expect((await colleague.request.get(`${api}/sync`)).status()).toBe(404);
  await colleague.goto("/dashboard");
  await expect(colleague).toHaveURL(/\/w\/[A-Za-z0-9_-]+\/dashboard$/);
  expect(colleague.url()).not.toContain(workspaceId);
  const theirs = await listedWorkspaces(colleague);
  await expect(theirs).toHaveCount(1);
  await expect(theirs).toContainText("Owner");
  await expect(theirs).not.toContainText(workspaceName);

  await owner.goto(inWorkspace("/activity"));
  await expect(auditEvent(owner, "member.removed")).toContainText(`removed ${colleaguePerson.name}`);

  await colleague.context().close();
  await stranger.context().close();
});

test("the workspace switcher follows at once: a workspace created, joined, left and deleted", async ({
  page: owner,
  browser,
}) => {
  const name = `Support ${newPerson("team").email.split("@")[0]}`;
  await signIn(owner, newPerson("creator"));
  await switcher(owner).locator("summary").click();
  await switcher(owner).getByRole("link", { name: "New workspace…" }).click();
  await owner.getByLabel("Name").fill(name);
  await owner.getByRole("button", { name: "Create workspace" }).click();
  await expect(owner).toHaveURL(/\/w\/[A-Za-z0-9_-]+\/connections$/);
  const workspaceId = new URL(owner.url()).pathname.split("/")[2] ?? "";
  await expect(switcher(owner).locator("summary")).toHaveText(name);
  const created = await listedWorkspaces(owner);
  await expect(created).toHaveCount(2);
  await expect(created.filter({ hasText: name })).toContainText("Owner");

  const memberPerson = newPerson("member");
  const link = await invite(owner, `/w/${workspaceId}/team`, memberPerson.email, "Admin");
  const member = await signedInPage(browser, memberPerson);
  await member.goto(link);
  await member.getByRole("button", { name: "Accept and join" }).click();
  await expect(member).toHaveURL(new RegExp(`/w/${workspaceId}/dashboard(\\?|$)`));
  await expect((await listedWorkspaces(member)).filter({ hasText: name })).toContainText("Admin");

  await member.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await member.getByRole("button", { name: "Leave workspace" }).click();
  await expect(member).toHaveURL(/\/w\/[A-Za-z0-9_-]+\/dashboard$/);
  expect(member.url()).not.toContain(workspaceId);
  const left = await listedWorkspaces(member);
  await expect(left).toHaveCount(1);
  await expect(left).not.toContainText(name);

  await owner.goto(`/w/${workspaceId}/team`);
  await owner.getByLabel(`Type “${name}” to confirm`).fill(name);
  await owner.getByRole("button", { name: "Delete workspace" }).click();
  await expect(owner).toHaveURL(/\/w\/[A-Za-z0-9_-]+\/dashboard$/);
  expect(owner.url()).not.toContain(workspaceId);
  const remaining = await listedWorkspaces(owner);
  await expect(remaining).toHaveCount(1);
  await expect(remaining).not.toContainText(name);

  await member.context().close();
});

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getConnection } from "@/lib/connections";
import type { OpenedDatabase, WorkspaceRole } from "@/lib/db";
import { can, permissionsOf, ROLES, type Permission } from "@/lib/workspaces";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { nastyString, PROPERTY_RUNS, PROPERTY_SEED } from "./arbitraries";
import {
  acceptInvitation,
  ACTION_NAMES,
  ACTIONS,
  openInvitation,
  openPage,
  PAGE_NAMES,
  ROUTE_NAMES,
  ROUTES_BY_ID,
  startConnect,
  submit,
  type ActionName,
  type Outcome,
  type PageName,
} from "./entry-points";
import { fakeUser, requestScope } from "./fake-request-scope";
import { secretsIn, seedTwoWorkspaces, workspaceState, type Person, type TwoWorkspaces } from "./two-workspaces";

// One workspace's members never reach another's data, whatever id they put in a path, a query
// string or a form, and inside a workspace each role does exactly what lib/workspaces/roles.ts
// grants it. A non-member is answered as if nothing were there (404, the not-found page), never
// 403, which would confirm the id exists. Calls and messages are the data checked here.
vi.mock("@/lib/auth", async (importOriginal) => {
  const { redirect } = await import("next/navigation");
  const currentUser = async () => (requestScope.userId ? fakeUser(requestScope.userId, requestScope.email) : null);
  return {
    ...(await importOriginal<typeof import("@/lib/auth")>()),
    getCurrentUser: currentUser,
    requireUser: async (returnTo = "/dashboard") =>
      (await currentUser()) ?? redirect(`/signin?callbackUrl=${returnTo}`),
  };
});
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => Promise<unknown>) => requestScope.deferred.push(task()),
}));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined }),
}));
// Server actions clear Next.js's page cache, which only exists inside a request.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));
// Refresh now starts an import after answering, and Check again reads Twilio: what is tested is
// who may start them.
vi.mock("@/lib/sync", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/sync")>()),
  requestImport: async () => undefined,
  recheckMismatchedDays: async () => ({ status: "done", mismatched: 0 }),
}));
vi.mock("@/lib/twilio", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/twilio")>()),
  twilioClientFor: () => {
    throw new Error("the isolation suite must not call Twilio");
  },
}));

// A property renders pages or runs handlers a few hundred times: longer than one test's allowance.
vi.setConfig({ testTimeout: 180_000 });

const PERMISSIONS = Object.keys(permissionsOf("owner")) as Permission[];
const options = { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS };

describe.each(testDatabaseKinds())("workspace isolation on %s", (kind) => {
  let opened: OpenedDatabase;
  let world: TwoWorkspaces;
  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    world = await seedTwoWorkspaces(opened.db, kind);
  });
  afterAll(async () => {
    requestScope.userId = null;
    requestScope.email = null;
    await opened?.close();
  });

  function signIn(person: Person) {
    requestScope.userId = person.userId;
    requestScope.email = person.email;
  }
  const stateOfA = () => workspaceState(opened.db, world.a.id);

  /** Runs `attempt` as `person`, after which nothing in A may have changed, whatever it answered. */
  async function asMember(person: Person, attempt: () => Promise<Outcome>): Promise<Outcome> {
    signIn(person);
    await opened.db.rateLimit.deleteMany();
    const before = await stateOfA();
    const outcome = await attempt();
    await requestScope.settle();
    expect(await stateOfA()).toEqual(before);
    return outcome;
  }

  const member = () => fc.constantFrom(...ROLES);
  /** A's ids above all (its connection most), then B's, then anything at all. */
  const anyId = () =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(world.a.connectionId) },
      { weight: 4, arbitrary: fc.constantFrom(...world.aIds) },
      { weight: 2, arbitrary: fc.constantFrom(...world.bIds) },
      { weight: 2, arbitrary: nastyString },
    );
  /** Ids that are not B's: A's (its connection most), or anything at all. */
  const notB = () =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(world.a.connectionId) },
      { weight: 3, arbitrary: fc.constantFrom(...world.aIds) },
      { weight: 1, arbitrary: nastyString },
    );
  const noSecretsOfA = (text: string) => expect(secretsIn(text, world.aSecrets)).toEqual([]);
  const textOf = (outcome: Outcome) =>
    outcome.kind === "answered"
      ? `${outcome.body}\n${outcome.location}`
      : outcome.kind === "done"
        ? outcome.text
        : outcome.kind === "redirected"
          ? outcome.to
          : "";

  it("route handlers answer B's members 404 for A's ids, with nothing of A in the answer", async () => {
    await fc.assert(
      fc.asyncProperty(member(), anyId(), fc.constantFrom(...ROUTE_NAMES), async (role, id, route) => {
        const outcome = await asMember(world.b.members[role], () => ROUTES_BY_ID[route](id));
        if (outcome.kind !== "answered") throw new Error(`${route} did not answer`);
        expect(outcome.status).toBeLessThan(500);
        if (world.aIds.includes(id)) expect(outcome.status).toBe(404);
        else if (id !== world.b.connectionId) expect([400, 404]).toContain(outcome.status);
        noSecretsOfA(textOf(outcome));
        await world.restoreB();
      }),
      options,
    );
  });

  it("pages of A are not found for B's members, whatever id the path or the query names", async () => {
    const workspaceOfA = fc.oneof({ weight: 3, arbitrary: fc.constant(world.a.id) }, { weight: 1, arbitrary: notB() });
    await fc.assert(
      fc.asyncProperty(
        member(),
        fc.constantFrom(...PAGE_NAMES),
        workspaceOfA,
        anyId(),
        anyId(),
        async (role, page, workspace, sid, connection) => {
          const outcome = await asMember(world.b.members[role], () =>
            openPage(page, workspace, { sid, search: { connection } }),
          );
          expect(outcome.kind).toBe("not-found");
        },
      ),
      options,
    );
  });

  it("pages of B show only B's data, whichever of A's ids the URL names", async () => {
    // What shows that the page is B's own (and not a page left empty).
    const shows: Record<Exclude<PageName, "calls/[sid]" | "messages/[sid]">, string> = {
      dashboard: world.b.friendlyName,
      "dashboard/messages": world.b.friendlyName,
      "dashboard/spend": world.b.friendlyName,
      calls: world.b.friendlyName,
      messages: world.b.friendlyName,
      connections: world.b.friendlyName,
      team: world.b.name,
      activity: world.b.name,
      alerts: world.b.name,
    };
    await fc.assert(
      fc.asyncProperty(member(), fc.constantFrom(...PAGE_NAMES), notB(), async (role, page, id) => {
        // The id goes where the page reads one: the call or message in the path, the connection or
        // the audit or log cursor in the query.
        const search = { connection: id, before: id, edit: id };
        const outcome = await asMember(world.b.members[role], () => openPage(page, world.b.id, { sid: id, search }));
        if (page === "calls/[sid]" || page === "messages/[sid]" || (page === "activity" && !can(role, "viewAudit"))) {
          expect(outcome.kind).toBe("not-found");
          return;
        }
        if (outcome.kind !== "done") throw new Error(`${page} answered ${outcome.kind}`);
        expect(outcome.text).toContain(shows[page]);
        noSecretsOfA(outcome.text);
      }),
      options,
    );
  });

  it.each([
    ["call", "calls/[sid]", "callSids"],
    ["message", "messages/[sid]", "messageSids"],
  ] as const)("a %s of A is not found in B, even naming A's connection", async (_, page, sids) => {
    await fc.assert(
      fc.asyncProperty(
        member(),
        fc.constantFrom(...world.a[sids]),
        fc.constantFrom(world.a.connectionId, world.b.connectionId),
        async (role, sid, connection) => {
          const outcome = await asMember(world.b.members[role], () =>
            openPage(page, world.b.id, { sid, search: { connection } }),
          );
          expect(outcome.kind).toBe("not-found");
        },
      ),
      options,
    );
    // The same page shows B's own: the not-found above is about whose it is.
    signIn(world.b.members.viewer);
    const own = await openPage(page, world.b.id, { sid: world.b[sids][0] ?? "" });
    expect(own.kind).toBe("done");
  });

  /** A value for an action's field: A's ids, names and addresses, a role, or anything. */
  const fieldValue = () =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...world.aIds) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(world.a.name, ...world.a.members.map((m) => m.email), ...ROLES),
      },
      { weight: 1, arbitrary: nastyString },
    );
  const formFor = (name: ActionName) =>
    fc
      .tuple(...ACTIONS[name].fields.map(() => fieldValue()))
      .map((values) => Object.fromEntries(ACTIONS[name].fields.map((field, index) => [field, values[index] ?? ""])));

  it("server actions naming workspace A are not found for B's members, and change nothing in A", async () => {
    const attempt = fc
      .constantFrom(...ACTION_NAMES)
      .chain((name) => fc.record({ name: fc.constant(name), fields: formFor(name) }));
    await fc.assert(
      fc.asyncProperty(member(), attempt, async (role, { name, fields }) => {
        const outcome = await asMember(world.b.members[role], () => submit(name, world.a.id, fields));
        expect(outcome.kind).toBe("not-found");
      }),
      options,
    );
  });

  it("server actions in B naming A's members, invitations or connection change nothing in A", async () => {
    const permission = {
      disconnectAction: "disconnect",
      changeRoleAction: "manageMembers",
      removeMemberAction: "manageMembers",
      revokeInvitationAction: "manageMembers",
      setAlertRuleEnabledAction: "manageAlerts",
      updateAlertRuleAction: "manageAlerts",
      deleteAlertRuleAction: "manageAlerts",
    } as const;
    const ids: Record<keyof typeof permission, Record<string, fc.Arbitrary<string>>> = {
      disconnectAction: { connectionId: fc.constantFrom(world.a.connectionId, ...world.aIds) },
      changeRoleAction: { userId: fc.constantFrom(...world.a.members.map((m) => m.userId)), role: member() },
      removeMemberAction: { userId: fc.constantFrom(...world.a.members.map((m) => m.userId), ...world.aIds) },
      revokeInvitationAction: { invitationId: fc.constantFrom(world.invitations.pendingId, ...world.aIds) },
      setAlertRuleEnabledAction: {
        ruleId: fc.constantFrom(world.aRuleId, ...world.aIds),
        enabled: fc.constantFrom("true", "false"),
      },
      updateAlertRuleAction: {
        ruleId: fc.constantFrom(world.aRuleId, ...world.aIds),
        accountSid: fc.constant(""),
        webhookUrl: fc.constant(""),
        webhookSecret: fc.constant(""),
        above: fc.constant("1"),
      },
      deleteAlertRuleAction: { ruleId: fc.constantFrom(world.aRuleId, ...world.aIds) },
    };
    const attempt = fc.oneof(
      ...Object.entries(ids).map(([name, fields]) =>
        fc.record({ name: fc.constant(name as keyof typeof permission), fields: fc.record(fields) }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(member(), attempt, async (role, { name, fields }) => {
        const outcome = await asMember(world.b.members[role], () => submit(name, world.b.id, fields));
        if (!can(role, permission[name])) expect(outcome.kind).toBe("not-found");
        // Looked up inside B only: none of these ids is there.
        else expect(outcome).toMatchObject({ kind: "redirected", to: expect.stringMatching(/notice=not-found$/) });
        if (outcome.kind === "redirected") expect(outcome.to.startsWith(`/w/${world.b.id}/`)).toBe(true);
      }),
      options,
    );
  });

  /** The new-rule form with the failure-share preset, mailing B's owner. */
  const ruleForm = (connectionId: string, accountSid = "") => ({
    connectionId,
    accountSid,
    kind: "failure-share",
    abovePercent: "20",
    hours: "3",
    minCalls: "20",
    webhookUrl: "",
    webhookSecret: "",
    [`notify:${world.b.members.owner.userId}`]: "on",
  });

  it("a rule made in B on A's connection or accounts is refused, and B's alerts page shows none of A's", async () => {
    const rulesOfB = () => opened.db.alertRule.count({ where: { workspaceId: world.b.id } });
    const before = await rulesOfB();
    for (const [connection, account] of [
      [world.a.connectionId, ""],
      [world.b.connectionId, world.aIds.find((id) => id.startsWith("AC") && id !== world.a.connectionId) ?? ""],
    ] as const) {
      const outcome = await asMember(world.b.members.admin, () =>
        submit("createAlertRuleAction", world.b.id, ruleForm(connection, account)),
      );
      expect(outcome).toMatchObject({
        kind: "done",
        text: expect.stringMatching(/not in this workspace|not one of the connection's/),
      });
    }
    expect(await rulesOfB()).toBe(before);
    // Mail only to members of B: A's owner cannot be made a recipient.
    const outsider = { ...ruleForm(world.b.connectionId), [`notify:${world.a.members[0]?.userId}`]: "on" };
    expect(
      await asMember(world.b.members.admin, () => submit("createAlertRuleAction", world.b.id, outsider)),
    ).toMatchObject({
      kind: "done",
      text: expect.stringContaining("only to members"),
    });
    // B's own page never shows its webhook's secret, nor its whole URL.
    signIn(world.b.members.owner);
    const page = await openPage("alerts", world.b.id);
    if (page.kind !== "done") throw new Error(`alerts answered ${page.kind}`);
    expect(secretsIn(page.text, world.b.ruleSecrets)).toEqual([]);
    noSecretsOfA(page.text);
  });

  it("Check again in B naming A's connection checks nothing in A", async () => {
    await fc.assert(
      fc.asyncProperty(member(), fc.constantFrom(world.a.connectionId, ...world.aIds), async (role, connection) => {
        const outcome = await asMember(world.b.members[role], () =>
          submit("recheckAction", world.b.id, { connection }),
        );
        if (!can(role, "import")) expect(outcome.kind).toBe("not-found");
        else expect(outcome).toMatchObject({ kind: "done", text: expect.stringContaining("not in the workspace") });
      }),
      options,
    );
  });

  // Every entry point asks for a connection through the workspace it belongs to, so this scope is
  // a second line no request reaches on its own: checked here directly.
  it("workspace-scoped reads find a connection only in its own workspace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("a", "b" as const), anyId(), async (name, id) => {
        const workspace = world[name];
        const found = await getConnection(workspace.id, id);
        expect(found?.id ?? null).toBe(id === workspace.connectionId ? id : null);
      }),
      options,
    );
  });

  type Verdict = "allowed" | "refused" | `unexpected ${string}`;
  type Entry = { name: string; run: () => Promise<Outcome>; verdict: (outcome: Outcome) => Verdict };
  /** Routes refuse a member with 403 (a 404 would deny that the connection exists to its own members). */
  const routeVerdict = (outcome: Outcome): Verdict =>
    outcome.kind !== "answered" || outcome.status === 404 || outcome.status >= 500
      ? `unexpected ${outcome.kind} ${outcome.kind === "answered" ? outcome.status : ""}`
      : outcome.status === 403
        ? "refused"
        : "allowed";
  /** Pages and actions refuse with the not-found page; anything they render, return or redirect to is allowed. */
  const pageVerdict = (outcome: Outcome): Verdict =>
    outcome.kind === "not-found"
      ? "refused"
      : outcome.kind === "redirected" && outcome.to.startsWith("/signin")
        ? `unexpected ${outcome.to}`
        : "allowed";
  /** The Connect button is a link people follow: a refusal is the Connections page with the reason. */
  const linkVerdict = (outcome: Outcome): Verdict =>
    outcome.kind !== "answered" || outcome.status !== 303
      ? `unexpected ${outcome.kind}`
      : outcome.location.includes("error=not_allowed")
        ? "refused"
        : "allowed";

  /** Every entry point that needs each permission, used on B's own connection, members and settings. */
  function entriesByPermission(role: WorkspaceRole): Record<Permission, Entry[]> {
    const { b } = world;
    const route = (name: keyof typeof ROUTES_BY_ID, id: () => Promise<string> | string): Entry => ({
      name,
      run: async () => ROUTES_BY_ID[name](await id()),
      verdict: routeVerdict,
    });
    const page = (name: PageName, sid = ""): Entry => ({
      name: `page ${name}`,
      run: () => openPage(name, b.id, { sid, search: { connection: b.connectionId } }),
      verdict: pageVerdict,
    });
    const action = (name: ActionName, fields: () => Promise<Record<string, string>> | Record<string, string>) => ({
      name,
      run: async () => submit(name, b.id, await fields()),
      verdict: pageVerdict,
    });
    const disposable = () => world.disposableConnectionOfB();
    return {
      view: [
        route("GET /api/connections/[id]/sync", () => b.connectionId),
        route("GET /api/calls/recent", () => b.connectionId),
        ...(
          [
            "dashboard",
            "dashboard/messages",
            "dashboard/spend",
            "calls",
            "messages",
            "connections",
            "team",
            "alerts",
          ] as const
        ).map((name) => page(name)),
        page("calls/[sid]", b.callSids[0]),
        page("messages/[sid]", b.messageSids[0]),
        // Every member may opt in to (or out of) their own digest.
        action("saveDigestSettingsAction", () => ({ enabled: "on", kind: "weekly", timeZone: "UTC" })),
        {
          ...action("leaveAction", () => ({})),
          // Leaving works for everyone but the last owner; whoever left is let back in.
          run: async () => {
            const outcome = await submit("leaveAction", b.id);
            await opened.db.membership.upsert({
              where: { workspaceId_userId: { workspaceId: b.id, userId: b.members[role].userId } },
              create: { workspaceId: b.id, userId: b.members[role].userId, role },
              update: {},
            });
            return outcome;
          },
        },
      ],
      export: [
        route("GET /api/calls/export", () => b.connectionId),
        route("GET /api/messages/export", () => b.connectionId),
      ],
      import: [
        route("POST /api/connections/[id]/sync", () => b.connectionId),
        action("recheckAction", () => ({ connection: b.connectionId })),
      ],
      connect: [{ name: "GET /twilio/connect", run: () => startConnect(b.id), verdict: linkVerdict }],
      disconnect: [
        route("DELETE /api/connections/[id]", disposable),
        action("disconnectAction", async () => ({ connectionId: await disposable() })),
      ],
      viewAudit: [page("activity")],
      manageAlerts: [
        action("createAlertRuleAction", () => ruleForm(b.connectionId)),
        action("setAlertRuleEnabledAction", () => ({ ruleId: b.ruleId, enabled: "true" })),
        action("updateAlertRuleAction", () => ({
          ruleId: "no-such-rule",
          accountSid: "",
          webhookUrl: "",
          webhookSecret: "",
        })),
        action("deleteAlertRuleAction", () => ({ ruleId: "no-such-rule" })),
      ],
      manageMembers: [
        action("inviteAction", () => ({ email: `colleague-${role}@example.com`, role: "viewer" })),
        action("revokeInvitationAction", () => ({ invitationId: "no-such-invitation" })),
        action("changeRoleAction", () => ({ userId: b.members.viewer.userId, role: "viewer" })),
        action("removeMemberAction", () => ({ userId: "no-such-member" })),
      ],
      manageWorkspace: [
        action("renameWorkspaceAction", () => ({ name: b.name })),
        action("deleteWorkspaceAction", () => ({ confirm: "not the workspace's name" })),
      ],
    };
  }

  it("the role table covers every permission", () => {
    expect(Object.keys(entriesByPermission("owner")).sort()).toEqual([...PERMISSIONS].sort());
  });

  it.each(PERMISSIONS)("%s: refused to each role without it, allowed to each role with it", async (permission) => {
    for (const role of ROLES) {
      for (const entry of entriesByPermission(role)[permission]) {
        const outcome = await asMember(world.b.members[role], entry.run);
        expect(entry.verdict(outcome), `${role}: ${entry.name}`).toBe(can(role, permission) ? "allowed" : "refused");
      }
    }
    await opened.db.twilioConnection.deleteMany({
      where: { workspaceId: world.b.id, NOT: { id: world.b.connectionId } },
    });
  });

  it("a removed member's next request to each route is a 404, and each page not found", async () => {
    const { b } = world;
    for (const role of ROLES) {
      const user = await opened.db.user.create({ data: { email: `leaving-${role}-${kind}@example.com` } });
      await opened.db.membership.create({ data: { workspaceId: b.id, userId: user.id, role } });
      const person = { userId: user.id, email: user.email ?? "" };
      const idFor = async (route: string) =>
        route.startsWith("DELETE") ? world.disposableConnectionOfB() : b.connectionId;
      for (const route of ROUTE_NAMES) {
        const before = await asMember(person, async () => ROUTES_BY_ID[route](await idFor(route)));
        expect(routeVerdict(before), `${role} before removal: ${route}`).toMatch(/^(allowed|refused)$/);
      }
      const removed = await asMember(b.members.owner, () => submit("removeMemberAction", b.id, { userId: user.id }));
      expect(removed).toMatchObject({ kind: "redirected", to: expect.stringMatching(/notice=member-removed$/) });
      for (const route of ROUTE_NAMES) {
        const after = await asMember(person, async () => ROUTES_BY_ID[route](await idFor(route)));
        expect(after, `${role} after removal: ${route}`).toMatchObject({ kind: "answered", status: 404 });
      }
      for (const page of PAGE_NAMES) {
        const after = await asMember(person, () =>
          openPage(page, b.id, { sid: b.callSids[0], search: { connection: b.connectionId } }),
        );
        expect(after.kind, `${role} after removal: page ${page}`).toBe("not-found");
      }
    }
    await opened.db.twilioConnection.deleteMany({ where: { workspaceId: b.id, NOT: { id: b.connectionId } } });
  });

  it("an invitation joins only its own address, once, while it is pending", async () => {
    const { pending, revoked, used, expired, invitees } = world.invitations;
    const nearMiss = (token: string) => `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const token = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(pending.token, revoked.token, used.token, expired.token) },
      { weight: 1, arbitrary: fc.constantFrom(...[pending, revoked, used, expired].map((i) => nearMiss(i.token))) },
      { weight: 1, arbitrary: nastyString },
    );
    // Anyone signed in but the pending invitation's own address: B's members, and the people the
    // revoked, used and expired invitations were sent to.
    const unusable = [revoked, used, expired].map((i) => [invitees[i.email] as Person, i.token] as const);
    const signer = fc.constantFrom(
      ...ROLES.map((role) => world.b.members[role]),
      ...unusable.map(([person]) => person),
    );
    // Half the time, someone with the link that was sent to them, no longer usable.
    const attempt = fc.oneof(fc.tuple(signer, token), fc.constantFrom(...unusable));
    await fc.assert(
      fc.asyncProperty(attempt, fc.boolean(), async ([person, value], viaPage) => {
        const outcome = await asMember(person, () => (viaPage ? openInvitation(value) : acceptInvitation(value)));
        if (viaPage)
          expect(outcome).toMatchObject({ kind: "done", text: expect.not.stringContaining("Accept and join") });
        else expect(textOf(outcome)).not.toContain("joined=1");
      }),
      options,
    );

    // Its own address joins with it, once: what the property above never saw happen.
    const invitee = invitees[pending.email] as Person;
    signIn(invitee);
    expect(await openInvitation(pending.token)).toMatchObject({ text: expect.stringContaining("Accept and join") });
    expect(await acceptInvitation(pending.token)).toMatchObject({
      kind: "redirected",
      to: `/w/${world.a.id}/dashboard?joined=1`,
    });
    const again = await asMember(invitee, () => acceptInvitation(pending.token));
    expect(textOf(again)).not.toContain("joined=1");
  });
});

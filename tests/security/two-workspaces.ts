import { recordAudit } from "@/lib/audit";
import { connectionLabel } from "@/lib/connections";
import type { Database, WorkspaceRole } from "@/lib/db";
import { CALL_STATS, MESSAGE_STATS, rebuildAllMonthlyStats, rebuildStaleMonths, rebuildStats } from "@/lib/rollups";
import { acceptInvitation, actorOf, inviteByEmail, revokeInvitation, ROLES } from "@/lib/workspaces";
import { buildCalls, FIXTURE_ACCOUNTS } from "@/tests/analytics/build-calls";
import { buildMessages } from "@/tests/analytics/build-messages";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";

// Two workspaces that must never see each other: A, whose every identifier is a secret to B's
// members, and B, with one member of each role. Every name, SID and phone number differs between
// them, so finding one of A's anywhere in an answer to B can only mean a leak.

export const APP = "http://localhost:3000";
const DAY = 24 * 60 * 60 * 1000;

export type Person = { userId: string; email: string };

type ConnectionSpec = {
  id?: string;
  connectAccountSid: string;
  friendlyName: string;
  accounts: { sid: string; friendlyName: string }[];
  numbers: string[];
  seed: number;
};

const WORKSPACE_A: ConnectionSpec = {
  connectAccountSid: `AC${"a1".repeat(16)}`,
  friendlyName: "Alpha Harbour Support",
  accounts: [
    { sid: `AC${"a2".repeat(16)}`, friendlyName: "Alpha Harbour Sales" },
    { sid: `AC${"a3".repeat(16)}`, friendlyName: "Alpha Harbour Billing" },
  ],
  numbers: ["+16505550101", "+16505550102", "+16505550103"],
  seed: 41,
};

const WORKSPACE_B: ConnectionSpec = {
  connectAccountSid: `AC${"b1".repeat(16)}`,
  friendlyName: "Bravo Dockside Support",
  accounts: [
    { sid: `AC${"b2".repeat(16)}`, friendlyName: "Bravo Dockside Sales" },
    { sid: `AC${"b3".repeat(16)}`, friendlyName: "Bravo Dockside Billing" },
  ],
  numbers: ["+13125550201", "+13125550202", "+13125550203"],
  seed: 42,
};

const messagingServiceOf = (spec: ConnectionSpec) => `MG${String(spec.seed).repeat(16)}`;

/** A connection with its accounts and a few weeks of calls and messages up to now, rolled up as an import does. */
async function seedConnection(db: Database, workspaceId: string, connectedById: string, spec: ConnectionSpec) {
  const now = new Date();
  const from = new Date(now.getTime() - 20 * DAY);
  const connection = await db.twilioConnection.create({
    data: {
      id: spec.id,
      workspaceId,
      connectedById,
      connectAccountSid: spec.connectAccountSid,
      ownerAccountSid: spec.connectAccountSid,
      friendlyName: spec.friendlyName,
    },
  });
  await db.twilioAccount.createMany({
    data: spec.accounts.map((account) => ({
      connectionId: connection.id,
      sid: account.sid,
      ownerAccountSid: spec.connectAccountSid,
      friendlyName: account.friendlyName,
      status: "active",
    })),
  });
  const accountOf = (sid: string) =>
    spec.accounts[FIXTURE_ACCOUNTS.findIndex((a) => a.sid === sid) % spec.accounts.length] ?? spec.accounts[0];
  const calls = buildCalls(24, spec.seed, from, new Date(now.getTime() - 60 * 60 * 1000)).map((call, index) => ({
    ...call,
    accountSid: accountOf(call.accountSid)?.sid ?? spec.connectAccountSid,
    from: spec.numbers[index % spec.numbers.length] ?? "",
    to: spec.numbers[(index + 1) % spec.numbers.length] ?? "",
    callerName: spec.friendlyName,
  }));
  await db.call.createMany({
    data: calls.map((call) => ({
      ...call,
      connectionId: connection.id,
      dateCreated: call.startTime,
      dateUpdated: call.startTime,
    })),
  });
  await rebuildStats(CALL_STATS, connection.id, from, now);
  await rebuildAllMonthlyStats(connection.id);
  // The workspace's own numbers at both ends (WhatsApp keeps its prefix) and its own messaging
  // service, so none is the other's.
  const messages = buildMessages(24, spec.seed, from, new Date(now.getTime() - 60 * 60 * 1000)).map(
    (message, index) => {
      const [sender, recipient] = [index, index + 1].map((n) => spec.numbers[n % spec.numbers.length] ?? "");
      const prefix = message.channel === "whatsapp" ? "whatsapp:" : "";
      return {
        ...message,
        accountSid: accountOf(message.accountSid)?.sid ?? spec.connectAccountSid,
        from: `${prefix}${sender}`,
        to: `${prefix}${recipient}`,
        messagingServiceSid: message.messagingServiceSid ? messagingServiceOf(spec) : null,
      };
    },
  );
  await db.message.createMany({ data: messages.map((message) => ({ ...message, connectionId: connection.id })) });
  await rebuildStats(MESSAGE_STATS, connection.id, from, now);
  await rebuildStaleMonths(MESSAGE_STATS, connection.id);
  return {
    id: connection.id,
    callSids: calls.map((call) => call.sid),
    messageSids: messages.map((message) => message.sid),
  };
}

/** A rule on the connection that has fired, with a mail and a webhook delivery: ids and secrets to guard. */
async function seedAlertRule(
  db: Database,
  workspaceId: string,
  connectionId: string,
  createdById: string,
  tag: string,
) {
  const rule = await db.alertRule.create({
    data: {
      workspaceId,
      connectionId,
      kind: "failure-share",
      params: { abovePercent: 20, hours: 3, minCalls: 20 },
      createdById,
      emailUserIds: [createdById],
      webhookUrl: `https://hooks.${tag}.example/services/T0${tag}/B0${tag}/secretpath${tag}`,
      webhookSecret: `whsec-${tag}-never-shown-to-anyone`,
      state: "firing",
    },
  });
  const figures = {
    from: new Date().toISOString(),
    until: new Date().toISOString(),
    verdict: "firing",
    summary: `${tag} fired`,
    values: {},
  };
  const firing = await db.alertFiring.create({
    data: { ruleId: rule.id, startedAt: new Date(), figures, lastFigures: figures, lastNotifiedAt: new Date() },
  });
  await db.alertDelivery.create({
    data: {
      firingId: firing.id,
      event: "fired",
      channel: "webhook",
      target: rule.webhookUrl ?? "",
      payload: {},
      status: "sent",
    },
  });
  return { id: rule.id, firingId: firing.id, secrets: [rule.webhookSecret ?? "", rule.webhookUrl ?? ""] };
}

async function newMember(db: Database, workspaceId: string, email: string, role: WorkspaceRole): Promise<Person> {
  const user = await db.user.create({ data: { email } });
  await db.membership.create({ data: { workspaceId, userId: user.id, role } });
  return { userId: user.id, email };
}

/** An invitation into `workspaceId` and the token its link carries (only its hash is stored). */
async function invite(workspace: { id: string; name: string }, inviter: Person, email: string, now?: Date) {
  const sent = await inviteByEmail({
    workspace,
    email,
    role: "viewer",
    inviter: actorOf({ id: inviter.userId, name: null, email: inviter.email }),
    siteOrigin: APP,
    now,
  });
  if (!("link" in sent)) throw new Error(`inviting ${email} sent no link`);
  return { token: new URL(sent.link).pathname.split("/").pop() ?? "", email };
}

/**
 * Workspace A: a connection with accounts and calls, an owner and an admin, a pending invitation
 * (and a revoked, a used and an expired one), and an audit trail. Workspace B: a connection of its
 * own and one member of each role.
 */
export async function seedTwoWorkspaces(db: Database, kind: string) {
  const ownerA = await newWorkspaceOwner(db, `alpha-owner-${kind}@example.com`);
  const a = { id: ownerA.workspaceId, name: `alpha-owner-${kind}@example.com's workspace` };
  const aOwner: Person = { userId: ownerA.userId, email: ownerA.user.email ?? "" };
  const aAdmin = await newMember(db, a.id, `alpha-admin-${kind}@example.com`, "admin");
  const aConnection = await seedConnection(db, a.id, aOwner.userId, WORKSPACE_A);
  const aRule = await seedAlertRule(db, a.id, aConnection.id, aOwner.userId, "alpha");
  await recordAudit({
    workspaceId: a.id,
    actor: { id: aOwner.userId, label: aOwner.email },
    action: "connection.connected",
    subject: connectionLabel(WORKSPACE_A),
  });

  const pending = await invite(a, aOwner, `alpha-invitee-${kind}@example.com`);
  const revoked = await invite(a, aOwner, `alpha-revoked-${kind}@example.com`);
  const used = await invite(a, aOwner, `alpha-joined-${kind}@example.com`);
  const expired = await invite(a, aOwner, `alpha-expired-${kind}@example.com`, new Date(Date.now() - 8 * DAY));
  const invitations = await db.invitation.findMany({ where: { workspaceId: a.id }, select: { id: true, email: true } });
  const invitationId = (email: string) => invitations.find((i) => i.email === email)?.id ?? "";
  await revokeInvitation(a.id, invitationId(revoked.email), { id: aOwner.userId, label: aOwner.email });
  // Everyone an invitation was sent to has an account, so each can try their own link.
  const invitees = Object.fromEntries(
    await Promise.all(
      [pending, revoked, used, expired].map(async ({ email }) => {
        const user = await db.user.create({ data: { email } });
        return [email, { userId: user.id, email }] as const;
      }),
    ),
  ) as Record<string, Person>;
  const joined = invitees[used.email] as Person;
  if ((await acceptInvitation(used.token, { id: joined.userId, name: null, email: joined.email })).outcome !== "joined")
    throw new Error("the used invitation could not be accepted");

  const ownerB = await newWorkspaceOwner(db, `bravo-owner-${kind}@example.com`);
  const b = { id: ownerB.workspaceId, name: `bravo-owner-${kind}@example.com's workspace` };
  const bMembers: Record<WorkspaceRole, Person> = {
    owner: { userId: ownerB.userId, email: ownerB.user.email ?? "" },
    admin: await newMember(db, b.id, `bravo-admin-${kind}@example.com`, "admin"),
    viewer: await newMember(db, b.id, `bravo-viewer-${kind}@example.com`, "viewer"),
  };
  const bConnection = await seedConnection(db, b.id, ownerB.userId, WORKSPACE_B);
  const bRule = await seedAlertRule(db, b.id, bConnection.id, ownerB.userId, "bravo");

  const auditIds = (await db.auditEvent.findMany({ where: { workspaceId: a.id }, select: { id: true } })).map(
    (event) => event.id,
  );
  const aMembers = [aOwner, aAdmin, joined];
  /** Every identifier of A an attacker in B might try, each a well-formed id. */
  const aIds = [
    a.id,
    aConnection.id,
    WORKSPACE_A.connectAccountSid,
    ...WORKSPACE_A.accounts.map((account) => account.sid),
    ...aConnection.callSids.slice(0, 6),
    ...aConnection.messageSids.slice(0, 4),
    ...invitations.map((invitation) => invitation.id),
    ...aMembers.map((member) => member.userId),
    ...auditIds,
    aRule.id,
    aRule.firingId,
  ];
  /** What no answer to a member of B may contain. */
  const aSecrets = [
    ...aIds,
    ...aConnection.callSids,
    ...aConnection.messageSids,
    messagingServiceOf(WORKSPACE_A),
    ...WORKSPACE_A.numbers,
    WORKSPACE_A.friendlyName,
    ...WORKSPACE_A.accounts.map((account) => account.friendlyName),
    a.name,
    ...aMembers.map((member) => member.email),
    ...invitations.map((invitation) => invitation.email),
    ...aRule.secrets,
  ];
  const bIds = [
    b.id,
    bConnection.id,
    WORKSPACE_B.connectAccountSid,
    ...WORKSPACE_B.accounts.map((account) => account.sid),
    ...bConnection.callSids.slice(0, 4),
    ...bConnection.messageSids.slice(0, 2),
    ...ROLES.map((role) => bMembers[role].userId),
    bRule.id,
  ];

  let disposable = 0;
  return {
    a: {
      ...a,
      connectionId: aConnection.id,
      callSids: aConnection.callSids,
      messageSids: aConnection.messageSids,
      members: aMembers,
    },
    b: {
      ...b,
      connectionId: bConnection.id,
      callSids: bConnection.callSids,
      messageSids: bConnection.messageSids,
      friendlyName: WORKSPACE_B.friendlyName,
      members: bMembers,
      ruleId: bRule.id,
      ruleSecrets: bRule.secrets,
    },
    invitations: { pending, revoked, used, expired, invitees, pendingId: invitationId(pending.email) },
    aIds,
    aSecrets,
    aRuleId: aRule.id,
    bIds,
    /** B's own connection again, with the same id and data, if a test disconnected it. */
    async restoreB() {
      if (await db.twilioConnection.findUnique({ where: { id: bConnection.id }, select: { id: true } })) return;
      await seedConnection(db, b.id, ownerB.userId, { ...WORKSPACE_B, id: bConnection.id });
    },
    /** A connection of B with nothing in it, for tests that disconnect one. */
    async disposableConnectionOfB() {
      disposable += 1;
      const sid = `AC${"d".repeat(24)}${String(disposable).padStart(8, "0")}`;
      const created = await db.twilioConnection.create({ data: { workspaceId: b.id, connectAccountSid: sid } });
      return created.id;
    },
  };
}

export type TwoWorkspaces = Awaited<ReturnType<typeof seedTwoWorkspaces>>;

/** Everything of a workspace a request could change: compared before and after, it shows that nothing did. */
export async function workspaceState(db: Database, workspaceId: string) {
  const [workspace, members, invitations, connections, auditEvents, alertRules] = await Promise.all([
    db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true, updatedAt: true } }),
    db.membership.findMany({
      where: { workspaceId },
      select: { userId: true, role: true },
      orderBy: { userId: "asc" },
    }),
    db.invitation.findMany({
      where: { workspaceId },
      select: { id: true, email: true, revokedAt: true, acceptedAt: true, expiresAt: true },
      orderBy: { id: "asc" },
    }),
    db.twilioConnection.findMany({
      where: { workspaceId },
      select: {
        id: true,
        status: true,
        friendlyName: true,
        updatedAt: true,
        _count: { select: { calls: true, messages: true, accounts: true, hourlyStats: true } },
      },
      orderBy: { id: "asc" },
    }),
    db.auditEvent.count({ where: { workspaceId } }),
    db.alertRule.findMany({
      where: { workspaceId },
      select: {
        id: true,
        enabled: true,
        state: true,
        params: true,
        webhookUrl: true,
        updatedAt: true,
        _count: { select: { firings: true } },
      },
      orderBy: { id: "asc" },
    }),
  ]);
  return { workspace, members, invitations, connections, auditEvents, alertRules };
}

/** Which of `secrets` occur in `text`. */
export function secretsIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

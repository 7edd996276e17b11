import "server-only";
import { getDb } from "@/lib/db";
import { labelOf, type Person } from "@/lib/workspaces";
import { soleOwnedWorkspaceIds } from "./sole-owner";

/** Records read per query while the calls and messages stream. */
const BATCH = 2_000;

type Section = [name: string, value: unknown];

/** JSON for the download: Decimals as their exact text, BigInts as numbers. */
function json(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? Number(v) : v));
}

/**
 * Everything the app holds about a person except the imported records, section by section. No
 * secret is in it: no OAuth token, no session token, no invitation or Connect-state hash, no
 * webhook signing secret (nor the webhook's URL, which is itself a credential for Slack and the
 * like: only its host), and nothing of the app's own Twilio credentials.
 */
async function aboutThePerson(person: Person): Promise<Section[]> {
  const db = getDb();
  const userId = person.id;
  const email = person.email?.toLowerCase() ?? "";
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      createdAt: true,
      workspace: { select: { id: true, name: true, personalOfId: true, createdAt: true } },
    },
  });
  const theirWorkspaces = memberships.map((m) => m.workspace.id);
  const rules = await db.alertRule.findMany({
    where: { createdById: userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      workspaceId: true,
      connectionId: true,
      accountSid: true,
      kind: true,
      params: true,
      enabled: true,
      webhookUrl: true,
      state: true,
      stateSince: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const invitation = {
    id: true,
    workspaceId: true,
    email: true,
    role: true,
    expiresAt: true,
    acceptedAt: true,
    revokedAt: true,
    createdAt: true,
  } as const;
  return [
    [
      "user",
      await db.user.findUnique({
        where: { id: userId },
        select: {
          id: true,
          name: true,
          email: true,
          emailVerified: true,
          image: true,
          createdAt: true,
          updatedAt: true,
        },
      }),
    ],
    [
      "signInAccounts",
      await db.account.findMany({
        where: { userId },
        select: { provider: true, providerAccountId: true, type: true, scope: true, expires_at: true },
      }),
    ],
    ["sessions", await db.session.findMany({ where: { userId }, select: { expires: true } })],
    [
      "memberships",
      memberships.map((m) => ({
        workspaceId: m.workspace.id,
        workspaceName: m.workspace.name,
        personal: m.workspace.personalOfId === userId,
        role: m.role,
        since: m.createdAt,
        workspaceCreatedAt: m.workspace.createdAt,
      })),
    ],
    ["invitationsSent", await db.invitation.findMany({ where: { invitedById: userId }, select: invitation })],
    [
      "invitationsReceived",
      email
        ? await db.invitation.findMany({
            where: { email },
            select: { ...invitation, workspace: { select: { name: true } } },
          })
        : [],
    ],
    [
      "auditEvents",
      await db.auditEvent.findMany({
        where: {
          OR: [
            { actorId: userId },
            { workspaceId: { in: theirWorkspaces }, subject: { in: [email, labelOf(person)].filter(Boolean) } },
          ],
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          workspaceId: true,
          actorLabel: true,
          action: true,
          subject: true,
          detail: true,
          createdAt: true,
        },
      }),
    ],
    [
      "digestSubscriptions",
      await db.digestSubscription.findMany({
        where: { userId },
        select: { workspaceId: true, kind: true, timeZone: true, createdAt: true, updatedAt: true },
      }),
    ],
    [
      "digestsSent",
      await db.digestSend.findMany({
        where: { userId },
        select: { workspaceId: true, kind: true, periodFrom: true, createdAt: true },
      }),
    ],
    [
      "alertRules",
      rules.map(({ webhookUrl, ...rule }) => ({
        ...rule,
        webhookHost: webhookUrl && URL.canParse(webhookUrl) ? new URL(webhookUrl).host : null,
      })),
    ],
    [
      "mailToThem",
      email
        ? await db.outboxMail.findMany({
            where: { to: email },
            orderBy: { createdAt: "asc" },
            select: { subject: true, text: true, createdAt: true },
          })
        : [],
    ],
    [
      "connectAttempts",
      await db.connectState.findMany({
        where: { userId },
        select: { workspaceId: true, createdAt: true, expiresAt: true, usedAt: true },
      }),
    ],
    [
      "twilioConnections",
      await db.twilioConnection.findMany({
        where: { connectedById: userId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          workspaceId: true,
          connectAccountSid: true,
          ownerAccountSid: true,
          friendlyName: true,
          permissions: true,
          status: true,
          createdAt: true,
          revokedAt: true,
          lastSyncedAt: true,
          accounts: { select: { sid: true, ownerAccountSid: true, friendlyName: true, type: true, status: true } },
        },
      }),
    ],
  ];
}

type Keyed = { connectionId: string; sid: string };

/** One list's records of the given connections, in (connection, SID) keyset batches. */
async function* records(connectionIds: string[], read: (where: object) => Promise<Keyed[]>): AsyncGenerator<Keyed[]> {
  let last: Keyed | null = null;
  while (true) {
    const batch = await read({
      connectionId: { in: connectionIds },
      ...(last && {
        OR: [{ connectionId: { gt: last.connectionId } }, { connectionId: last.connectionId, sid: { gt: last.sid } }],
      }),
    });
    if (batch.length > 0) yield batch;
    if (batch.length < BATCH) return;
    last = batch.at(-1) ?? null;
  }
}

/**
 * The person's data as one JSON document, written as it is read: the sections about them, then
 * the calls and messages imported into the workspaces they alone own (those their account's
 * deletion would delete; a shared workspace's records are its owners'), in batches, so a
 * download of millions of records holds one batch in memory.
 */
export async function* personalDataJson(person: Person, now = new Date()): AsyncGenerator<string> {
  const db = getDb();
  yield `{"exportedAt":${json(now)}`;
  for (const [name, value] of await aboutThePerson(person)) yield `,${json(name)}:${json(value)}`;
  const workspaceIds = await soleOwnedWorkspaceIds(person.id);
  const connections = await db.twilioConnection.findMany({
    where: { workspaceId: { in: workspaceIds } },
    orderBy: { id: "asc" },
    select: { id: true, workspaceId: true, connectAccountSid: true, friendlyName: true },
  });
  yield `,"workspacesTheyAloneOwn":${json({ workspaceIds, connections })}`;
  const connectionIds = connections.map((c) => c.id);
  const order = [{ connectionId: "asc" as const }, { sid: "asc" as const }];
  const lists = {
    calls: (where: object) => db.call.findMany({ where, orderBy: order, take: BATCH }),
    messages: (where: object) => db.message.findMany({ where, orderBy: order, take: BATCH }),
  };
  for (const [name, read] of Object.entries(lists)) {
    yield `,${json(name)}:[`;
    let first = true;
    for await (const batch of records(connectionIds, read)) {
      yield `${first ? "" : ","}${batch.map(json).join(",")}`;
      first = false;
    }
    yield "]";
  }
  yield "}\n";
}

/** The document as a pull stream: the next part is read only when the client has taken the last. */
export function personalDataStream(person: Person, now = new Date()): ReadableStream<Uint8Array> {
  const parts = personalDataJson(person, now);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
}

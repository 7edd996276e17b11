import "server-only";
import { recordAudit, type Actor } from "@/lib/audit";
import { getDb, type Prisma } from "@/lib/db";
import { discoverAccounts, toTwilioError, twilioClientFor, type Discovery } from "@/lib/twilio";
import { ConnectError } from "./errors";
import { connectionLabel } from "./lifecycle";

/** What our Connect App asks for; Twilio shows it on the authorize page. */
export const CONNECT_PERMISSIONS = ["get-all"];

/** Where a new connection goes and who made it: the workspace the person clicked Connect in. */
export type LinkTarget = { workspaceId: string; actor: Actor };

/**
 * Links a Twilio account into a workspace after the Authorize URL redirect: verifies the grant and
 * discovers the accounts with Twilio, then stores the connection and its accounts. Connecting
 * the same Twilio account again updates it (and reactivates a revoked one), never duplicates; one
 * connected in another workspace is refused.
 */
export async function linkTwilioAccount(
  target: LinkTarget,
  connectAccountSid: string,
): Promise<{ connectionId: string }> {
  let discovery: Discovery;
  try {
    discovery = await discoverAccounts(twilioClientFor, connectAccountSid);
  } catch (error) {
    const failure = toTwilioError(error);
    throw new ConnectError(
      failure.kind === "unauthorized" || failure.kind === "not-found" ? "not_authorized" : "twilio_unavailable",
    );
  }
  return saveConnection(target, connectAccountSid, discovery);
}

export async function saveConnection(
  { workspaceId, actor }: LinkTarget,
  connectAccountSid: string,
  discovery: Discovery,
) {
  const db = getDb();
  const existing = await db.twilioConnection.findUnique({
    where: { connectAccountSid },
    select: { workspaceId: true },
  });
  if (existing && existing.workspaceId !== workspaceId) throw new ConnectError("already_connected");
  return db.$transaction(async (tx) => {
    const details = {
      ownerAccountSid: discovery.ownerAccountSid,
      friendlyName: discovery.ownerFriendlyName,
      permissions: CONNECT_PERMISSIONS,
      status: "active" as const,
      lastError: null,
      revokedAt: null,
    };
    const connection = await tx.twilioConnection.upsert({
      where: { connectAccountSid },
      create: { workspaceId, connectedById: actor.id, connectAccountSid, ...details },
      update: details,
      select: { id: true, workspaceId: true },
    });
    // Re-checked inside the transaction: another workspace may have linked it since the check above.
    if (connection.workspaceId !== workspaceId) throw new ConnectError("already_connected");
    await saveAccounts(tx, connection.id, discovery);
    await recordAudit(
      {
        workspaceId,
        actor,
        action: existing ? "connection.reconnected" : "connection.connected",
        subject: connectionLabel({ friendlyName: discovery.ownerFriendlyName, connectAccountSid }),
      },
      tx,
    );
    return { connectionId: connection.id };
  });
}

/**
 * Stores what discovery found: new accounts are added, known ones updated with their access.
 * An account Twilio reports closed, or that a complete discovery no longer finds, is marked
 * closed; its imported calls stay, since the app's copy outlives Twilio's.
 */
export async function saveAccounts(tx: Prisma.TransactionClient, connectionId: string, discovery: Discovery) {
  const now = new Date();
  for (const { access, ...account } of discovery.accounts) {
    // Access Twilio did not answer about this time stays as last checked.
    const checked = access ? { ...account, ...access, accessCheckedAt: now } : account;
    const open = account.status === "closed" ? {} : { closedAt: null };
    await tx.twilioAccount.upsert({
      where: { connectionId_sid: { connectionId, sid: account.sid } },
      create: { connectionId, ...checked, closedAt: account.status === "closed" ? now : null },
      update: { ...checked, ...open },
    });
  }
  const found = discovery.accounts.map((account) => account.sid);
  const closed = discovery.accounts.filter((account) => account.status === "closed").map((account) => account.sid);
  await tx.twilioAccount.updateMany({
    where: {
      connectionId,
      closedAt: null,
      OR: [{ sid: { in: closed } }, ...(discovery.complete ? [{ sid: { notIn: found } }] : [])],
    },
    data: { closedAt: now },
  });
}

/** The accounts imports read: open, with at least one list the grant reads. */
export function importedAccountsOf(connectionId: string) {
  return {
    connectionId,
    closedAt: null,
    OR: [{ callsError: null }, { messagesError: null }],
  } satisfies Prisma.TwilioAccountWhereInput;
}

/**
 * Discovery again for a connection that is already linked (each scheduled sync): subaccounts
 * opened since appear, closed ones are marked closed. Twilio's failures are the caller's.
 */
export async function refreshAccounts(connectionId: string, connectAccountSid: string): Promise<void> {
  const discovery = await discoverAccounts(twilioClientFor, connectAccountSid);
  await getDb().$transaction((tx) => saveAccounts(tx, connectionId, discovery));
}

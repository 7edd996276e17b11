import "server-only";
import { getDb } from "@/lib/db";
import { discoverAccounts, toTwilioError, twilioClientFor, type Discovery } from "@/lib/twilio";
import { ConnectError } from "./errors";

/** What our Connect App asks for; Twilio shows it on the authorize page. */
export const CONNECT_PERMISSIONS = ["get-all"];

/**
 * Links a Twilio account to a user after the Authorize URL redirect: verifies the grant and
 * discovers the accounts with Twilio, then stores the connection and its accounts. Connecting
 * the same Twilio account again updates it (and reactivates a revoked one), never duplicates.
 */
export async function linkTwilioAccount(userId: string, connectAccountSid: string): Promise<{ connectionId: string }> {
  let discovery: Discovery;
  try {
    discovery = await discoverAccounts(twilioClientFor(connectAccountSid), connectAccountSid);
  } catch (error) {
    const failure = toTwilioError(error);
    throw new ConnectError(
      failure.kind === "unauthorized" || failure.kind === "not-found" ? "not_authorized" : "twilio_unavailable",
    );
  }
  return saveConnection(userId, connectAccountSid, discovery);
}

export async function saveConnection(userId: string, connectAccountSid: string, discovery: Discovery) {
  const db = getDb();
  const existing = await db.twilioConnection.findUnique({ where: { connectAccountSid }, select: { userId: true } });
  if (existing && existing.userId !== userId) throw new ConnectError("already_connected");
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
      create: { userId, connectAccountSid, ...details },
      update: details,
      select: { id: true, userId: true },
    });
    // Re-checked inside the transaction: another user may have linked it since the check above.
    if (connection.userId !== userId) throw new ConnectError("already_connected");
    const sids = discovery.accounts.map((account) => account.sid);
    await tx.twilioAccount.deleteMany({ where: { connectionId: connection.id, sid: { notIn: sids } } });
    for (const account of discovery.accounts) {
      await tx.twilioAccount.upsert({
        where: { connectionId_sid: { connectionId: connection.id, sid: account.sid } },
        create: { connectionId: connection.id, ...account },
        update: account,
      });
    }
    return { connectionId: connection.id };
  });
}

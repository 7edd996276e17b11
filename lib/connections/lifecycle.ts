import "server-only";
import { recordAudit, type Actor } from "@/lib/audit";
import { getDb } from "@/lib/db";
import { toTwilioError, twilioClientFor } from "@/lib/twilio";
import { connectionIdSchema } from "./queries";

/**
 * The user revoked our Connect App (Deauthorize URL, or a 401/20003 from Twilio). Idempotent:
 * returns whether an active connection changed.
 */
export async function markConnectionRevoked(connectAccountSid: string, now = new Date()): Promise<boolean> {
  const { count } = await getDb().twilioConnection.updateMany({
    where: { connectAccountSid, status: { not: "revoked" } },
    data: { status: "revoked", revokedAt: now, lastError: "Access was revoked in Twilio." },
  });
  return count > 0;
}

/**
 * Runs a Twilio operation for a connection; a 401/20003 marks the connection revoked so the UI
 * asks its owner to reconnect. The error is rethrown as a TwilioError.
 */
export async function withConnectionAccess<T>(connectAccountSid: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const failure = toTwilioError(error);
    if (failure.isRevoked) await markConnectionRevoked(connectAccountSid);
    throw failure;
  }
}

/**
 * An unsigned deauthorize request is believed only if Twilio agrees: one request with the
 * AccountSid, and a 401/20003 marks the connection revoked. Any other answer changes nothing.
 */
export async function confirmRevocation(connectAccountSid: string): Promise<void> {
  await withConnectionAccess(connectAccountSid, () =>
    twilioClientFor(connectAccountSid).api.v2010.accounts(connectAccountSid).fetch(),
  ).catch(() => undefined);
}

/**
 * Removes a connection and everything imported through it, and says so in the audit trail.
 * Scoped to a workspace; returns false when the connection is not its own (or already gone).
 */
export async function disconnectConnection(workspaceId: string, connectionId: string, actor: Actor): Promise<boolean> {
  if (!connectionIdSchema.safeParse(connectionId).success) return false;
  return getDb().$transaction(async (tx) => {
    const connection = await tx.twilioConnection.findFirst({
      where: { id: connectionId, workspaceId },
      select: { friendlyName: true, connectAccountSid: true },
    });
    if (!connection) return false;
    await tx.twilioConnection.delete({ where: { id: connectionId } });
    await recordAudit(
      { workspaceId, actor, action: "connection.disconnected", subject: connectionLabel(connection) },
      tx,
    );
    return true;
  });
}

/** How the audit trail names a connection: its Twilio name and Connect subaccount. */
export function connectionLabel(connection: { friendlyName: string | null; connectAccountSid: string }): string {
  return connection.friendlyName
    ? `${connection.friendlyName} (${connection.connectAccountSid})`
    : connection.connectAccountSid;
}

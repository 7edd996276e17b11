import "server-only";
import { getDb } from "@/lib/db";

// Every read is scoped by the owner's user id: one user never sees another's connections.

const connectionSummary = {
  id: true,
  connectAccountSid: true,
  ownerAccountSid: true,
  friendlyName: true,
  permissions: true,
  status: true,
  lastError: true,
  createdAt: true,
  revokedAt: true,
  lastSyncedAt: true,
  accounts: {
    select: {
      sid: true,
      friendlyName: true,
      status: true,
      type: true,
      isConnectSubaccount: true,
      ownerAccountSid: true,
    },
    orderBy: [{ isConnectSubaccount: "asc" as const }, { friendlyName: "asc" as const }],
  },
};

export async function listConnections(userId: string) {
  return getDb().twilioConnection.findMany({
    where: { userId },
    select: connectionSummary,
    orderBy: { createdAt: "asc" },
  });
}

export type ConnectionSummary = Awaited<ReturnType<typeof listConnections>>[number];

/** One of the user's connections, or null when it does not exist or is someone else's. */
export async function getConnection(userId: string, connectionId: string): Promise<ConnectionSummary | null> {
  return getDb().twilioConnection.findFirst({ where: { id: connectionId, userId }, select: connectionSummary });
}

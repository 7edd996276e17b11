import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";

// Every read is scoped by workspace: whoever asks has had their membership checked (lib/http), and
// one workspace never sees another's connections.

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
      foundBy: true,
      callsError: true,
      messagesError: true,
      usageError: true,
      sync: { select: { usageDailyUntil: true } },
      accessCheckedAt: true,
      closedAt: true,
    },
    orderBy: [{ isConnectSubaccount: "asc" as const }, { friendlyName: "asc" as const }],
  },
};

export async function listConnections(workspaceId: string) {
  return getDb().twilioConnection.findMany({
    where: { workspaceId },
    select: connectionSummary,
    orderBy: { createdAt: "asc" },
  });
}

export type ConnectionSummary = Awaited<ReturnType<typeof listConnections>>[number];

/** What a connection id looks like (a cuid): anything else, a NUL byte included, never reaches SQL. */
export const connectionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a connection id");

/** One of the workspace's connections, or null when it does not exist, is another's or cannot be an id. */
export async function getConnection(workspaceId: string, connectionId: string): Promise<ConnectionSummary | null> {
  if (!connectionIdSchema.safeParse(connectionId).success) return null;
  return getDb().twilioConnection.findFirst({ where: { id: connectionId, workspaceId }, select: connectionSummary });
}

/** The workspace a connection belongs to (for the access check that comes before reading it), or null. */
export async function workspaceOfConnection(connectionId: string): Promise<string | null> {
  if (!connectionIdSchema.safeParse(connectionId).success) return null;
  const found = await getDb().twilioConnection.findUnique({
    where: { id: connectionId },
    select: { workspaceId: true },
  });
  return found?.workspaceId ?? null;
}

/** Whether some workspace has an active connection through this Connect subaccount (never says whose). */
export async function isActiveConnectAccount(connectAccountSid: string): Promise<boolean> {
  const found = await getDb().twilioConnection.findFirst({
    where: { connectAccountSid, status: "active" },
    select: { id: true },
  });
  return found !== null;
}

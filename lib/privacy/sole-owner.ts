import "server-only";
import { getDb, type Prisma } from "@/lib/db";

type Reader = Pick<Prisma.TransactionClient, "membership">;

/**
 * The workspaces a person owns with no other owner: deleting their account deletes these with
 * everything in them, and their download holds these workspaces' imported calls and messages.
 * Workspaces with another owner stay with that owner.
 */
export async function soleOwnedWorkspaceIds(userId: string, db: Reader = getDb()): Promise<string[]> {
  const owned = await db.membership.findMany({ where: { userId, role: "owner" }, select: { workspaceId: true } });
  const shared = await db.membership.findMany({
    where: { workspaceId: { in: owned.map((m) => m.workspaceId) }, role: "owner", userId: { not: userId } },
    select: { workspaceId: true },
    distinct: ["workspaceId"],
  });
  const keep = new Set(shared.map((m) => m.workspaceId));
  return owned.map((m) => m.workspaceId).filter((id) => !keep.has(id));
}

/** What deleting the account would delete, for the confirmation step: each workspace with its other members. */
export async function deletionPreview(userId: string) {
  const ids = await soleOwnedWorkspaceIds(userId);
  const workspaces = await getDb().workspace.findMany({
    where: { id: { in: ids } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      _count: { select: { connections: true, members: { where: { userId: { not: userId } } } } },
    },
  });
  return workspaces.map((w) => ({
    id: w.id,
    name: w.name,
    connections: w._count.connections,
    otherMembers: w._count.members,
  }));
}

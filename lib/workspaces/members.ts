import "server-only";
import { recordAudit, type Actor } from "@/lib/audit";
import { getDb, type Prisma, type WorkspaceRole } from "@/lib/db";
import { labelOf } from "./workspaces";

export async function listMembers(workspaceId: string) {
  const rows = await getDb().membership.findMany({
    where: { workspaceId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ createdAt: "asc" }],
  });
  return rows.map(({ role, createdAt, user }) => ({
    userId: user.id,
    name: labelOf(user),
    email: user.email,
    role,
    joinedAt: createdAt,
  }));
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number];

export type MemberChange = "ok" | "not-found" | "last-owner";

/**
 * Locks the workspace row for the rest of the transaction, so two owners demoting or removing
 * each other at once cannot leave it without one.
 */
async function lockWorkspace(tx: Prisma.TransactionClient, workspaceId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`;
}

async function isLastOwner(tx: Prisma.TransactionClient, workspaceId: string, userId: string) {
  const owners = await tx.membership.findMany({ where: { workspaceId, role: "owner" }, select: { userId: true } });
  return owners.length === 1 && owners[0]?.userId === userId;
}

/** Gives a member another role; a workspace always keeps an owner. */
export async function changeRole(
  workspaceId: string,
  userId: string,
  role: WorkspaceRole,
  actor: Actor,
): Promise<MemberChange> {
  return getDb().$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!member) return "not-found";
    if (member.role === role) return "ok";
    if (member.role === "owner" && (await isLastOwner(tx, workspaceId, userId))) return "last-owner";
    await tx.membership.update({ where: { workspaceId_userId: { workspaceId, userId } }, data: { role } });
    await recordAudit(
      {
        workspaceId,
        actor,
        action: "member.role_changed",
        subject: labelOf(member.user),
        detail: `${member.role} → ${role}`,
      },
      tx,
    );
    return "ok";
  });
}

/** Removes a member (or, when `userId` is the actor's own, leaves); access ends with their next request. */
export async function removeMember(workspaceId: string, userId: string, actor: Actor): Promise<MemberChange> {
  return getDb().$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!member) return "not-found";
    if (member.role === "owner" && (await isLastOwner(tx, workspaceId, userId))) return "last-owner";
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId, userId } } });
    const leaving = userId === actor.id;
    await recordAudit(
      {
        workspaceId,
        actor,
        action: leaving ? "member.left" : "member.removed",
        subject: leaving ? "the workspace" : labelOf(member.user),
        detail: member.role,
      },
      tx,
    );
    return "ok";
  });
}

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

type LockedMember = { role: WorkspaceRole; label: string; isLastOwner: boolean };

/**
 * Runs a change to one member with the workspace row locked for the transaction, so two owners
 * demoting or removing each other at once cannot leave it without one: the second waits, then
 * sees that the first is no longer an owner.
 */
async function changeMember(
  workspaceId: string,
  userId: string,
  change: (tx: Prisma.TransactionClient, member: LockedMember) => Promise<MemberChange>,
): Promise<MemberChange> {
  return getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`;
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!member) return "not-found";
    const owners =
      member.role === "owner"
        ? await tx.membership.count({ where: { workspaceId, role: "owner" } })
        : Number.POSITIVE_INFINITY;
    return change(tx, { role: member.role, label: labelOf(member.user), isLastOwner: owners === 1 });
  });
}

/** Gives a member another role; a workspace always keeps an owner. */
export async function changeRole(
  workspaceId: string,
  userId: string,
  role: WorkspaceRole,
  actor: Actor,
): Promise<MemberChange> {
  return changeMember(workspaceId, userId, async (tx, member) => {
    if (member.role === role) return "ok";
    if (member.isLastOwner) return "last-owner";
    await tx.membership.update({ where: { workspaceId_userId: { workspaceId, userId } }, data: { role } });
    const detail = `${member.role} → ${role}`;
    await recordAudit({ workspaceId, actor, action: "member.role_changed", subject: member.label, detail }, tx);
    return "ok";
  });
}

/** Removes a member (or, when `userId` is the actor's own, leaves); access ends with their next request. */
export async function removeMember(workspaceId: string, userId: string, actor: Actor): Promise<MemberChange> {
  return changeMember(workspaceId, userId, async (tx, member) => {
    if (member.isLastOwner) return "last-owner";
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId, userId } } });
    const leaving = userId === actor.id;
    await recordAudit(
      {
        workspaceId,
        actor,
        action: leaving ? "member.left" : "member.removed",
        subject: leaving ? "the workspace" : member.label,
        detail: member.role,
      },
      tx,
    );
    return "ok";
  });
}

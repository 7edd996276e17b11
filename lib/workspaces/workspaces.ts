import "server-only";
import { recordAudit, type Actor } from "@/lib/audit";
import { getDb, type WorkspaceRole } from "@/lib/db";
import { workspaceIdSchema } from "./ids";

export type Person = { id: string; name: string | null; email: string | null };

export type WorkspaceListing = { id: string; name: string; role: WorkspaceRole; personal: boolean };

/** How a person is named in the trail and in member lists. */
export function labelOf(person: Pick<Person, "name" | "email">): string {
  return person.name?.trim() || person.email || "Someone";
}

export function actorOf(person: Person): Actor {
  return { id: person.id, label: labelOf(person) };
}

/**
 * The workspace a person's first sign-in creates for them, as its owner. Created when they have no
 * workspace at all; the unique personalOfId makes two first requests at once create one.
 */
async function ensurePersonalWorkspace(person: Person): Promise<void> {
  const db = getDb();
  const who = person.name?.trim() || person.email?.split("@")[0];
  const name = who ? `${who}'s workspace` : "Personal workspace";
  await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.upsert({
      where: { personalOfId: person.id },
      create: { name, personalOfId: person.id },
      update: {},
      select: { id: true },
    });
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: person.id } },
      create: { workspaceId: workspace.id, userId: person.id, role: "owner" },
      update: {},
    });
  });
}

async function memberships(userId: string): Promise<WorkspaceListing[]> {
  const rows = await getDb().membership.findMany({
    where: { userId },
    select: { role: true, workspace: { select: { id: true, name: true, personalOfId: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ role, workspace }) => ({
    id: workspace.id,
    name: workspace.name,
    role,
    personal: workspace.personalOfId === userId,
  }));
}

/** Every workspace a person belongs to, with their role; their personal one is made on first use. */
export async function workspacesOf(person: Person): Promise<WorkspaceListing[]> {
  const found = await memberships(person.id);
  if (found.length > 0) return found;
  await ensurePersonalWorkspace(person).catch(() => undefined);
  return memberships(person.id);
}

/** A person's membership of one workspace, read fresh (never from the session): null when not a member. */
export async function findMembership(userId: string, workspaceId: string): Promise<WorkspaceListing | null> {
  if (!workspaceIdSchema.safeParse(workspaceId).success) return null;
  const row = await getDb().membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { role: true, workspace: { select: { id: true, name: true, personalOfId: true } } },
  });
  if (!row) return null;
  return {
    id: row.workspace.id,
    name: row.workspace.name,
    role: row.role,
    personal: row.workspace.personalOfId === userId,
  };
}

export async function createWorkspace(person: Person, name: string): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { name, members: { create: { userId: person.id, role: "owner" } } },
      select: { id: true },
    });
    await recordAudit(
      { workspaceId: workspace.id, actor: actorOf(person), action: "workspace.created", subject: name },
      tx,
    );
    return workspace.id;
  });
}

export async function renameWorkspace(workspaceId: string, name: string, actor: Actor): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: workspaceId }, data: { name } });
    await recordAudit({ workspaceId, actor, action: "workspace.renamed", subject: name }, tx);
  });
}

/** Deletes a workspace with its connections and everything imported through them. */
export async function deleteWorkspace(workspaceId: string): Promise<void> {
  await getDb().workspace.deleteMany({ where: { id: workspaceId } });
}

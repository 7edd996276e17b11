import type { Database } from "@/lib/db";
import type { LinkTarget } from "@/lib/connections";
import { actorOf, createWorkspace } from "@/lib/workspaces";

/** A new user who owns a new workspace, and the target that links a Twilio account into it as them. */
export async function newWorkspaceOwner(db: Database, email: string) {
  const user = await db.user.create({ data: { email }, select: { id: true, name: true, email: true } });
  const workspaceId = await createWorkspace(user, `${email}'s workspace`);
  const target: LinkTarget = { workspaceId, actor: actorOf(user) };
  return { user, userId: user.id, workspaceId, target };
}

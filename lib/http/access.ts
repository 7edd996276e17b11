import "server-only";
import { cookies } from "next/headers";
import type { CurrentUser } from "@/lib/auth";
import { LAST_WORKSPACE_COOKIE } from "@/lib/web";
import { getConnection, workspaceOfConnection, type ConnectionSummary } from "@/lib/connections";
import {
  findMembership,
  permissionsOf,
  workspaceIdSchema,
  workspacesOf,
  type Permission,
  type WorkspaceListing,
} from "@/lib/workspaces";

// The one access rule: a person reaches a workspace's pages, connections and data only through a
// membership read from the database on this request (never from the session token, so a removed
// member is refused on their next request), and does only what their role permits
// (lib/workspaces/roles.ts). Pages, route handlers and server actions all come through here.

export type WorkspaceAccess = WorkspaceListing & { permissions: Record<Permission, boolean> };

/** The person's access to a workspace; null when they are not a member (or it does not exist). */
export async function accessWorkspace(user: CurrentUser, workspaceId: string): Promise<WorkspaceAccess | null> {
  const membership = await findMembership(user.id, workspaceId);
  return membership && { ...membership, permissions: permissionsOf(membership.role) };
}

/** A connection through the workspace it belongs to: null unless the person is a member there. */
export async function accessConnection(
  user: CurrentUser,
  connectionId: string,
): Promise<{ connection: ConnectionSummary; access: WorkspaceAccess } | null> {
  const workspaceId = await workspaceOfConnection(connectionId);
  const access = workspaceId ? await accessWorkspace(user, workspaceId) : null;
  const connection = access ? await getConnection(access.id, connectionId) : null;
  return access && connection && { connection, access };
}

/**
 * Every workspace the person is in, the default first: where a link without a workspace lands.
 * That is the one `preferred` names (a connection's), else the last one opened, else the person's
 * own, else their first. Every person has at least their own.
 */
export async function workspacesDefaultFirst(user: CurrentUser, preferred?: string): Promise<WorkspaceListing[]> {
  const workspaces = await workspacesOf(user);
  const last = (await cookies()).get(LAST_WORKSPACE_COOKIE)?.value;
  const chosen =
    workspaces.find((w) => w.id === preferred) ??
    workspaces.find((w) => last !== undefined && workspaceIdSchema.safeParse(last).success && w.id === last) ??
    workspaces.find((w) => w.personal) ??
    workspaces[0];
  if (!chosen) throw new Error(`no workspace could be made for user ${user.id}`);
  return [chosen, ...workspaces.filter((w) => w !== chosen)];
}

/** The workspace a link without one lands in (see workspacesDefaultFirst), with the person's permissions there. */
export async function defaultWorkspace(user: CurrentUser, preferred?: string): Promise<WorkspaceAccess> {
  const [chosen] = await workspacesDefaultFirst(user, preferred);
  if (!chosen) throw new Error(`no workspace could be made for user ${user.id}`);
  return { ...chosen, permissions: permissionsOf(chosen.role) };
}

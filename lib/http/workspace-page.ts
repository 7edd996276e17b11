import "server-only";
import { notFound, redirect } from "next/navigation";
import { requireUser, type CurrentUser } from "@/lib/auth";
import { workspaceOfConnection } from "@/lib/connections";
import { workspaceIdSchema, workspacePath, type Permission } from "@/lib/workspaces";
import { accessWorkspace, defaultWorkspace, type WorkspaceAccess } from "./access";

/**
 * For pages under /w/[workspace]: signed in (else sign-in, coming back to `page`), a member of
 * the workspace and allowed `permission` (else the not-found page: a workspace one is not in looks
 * like one that does not exist).
 */
export async function requireWorkspace(
  workspaceId: string,
  page: string,
  permission: Permission = "view",
): Promise<{ user: CurrentUser; access: WorkspaceAccess }> {
  // Checked before it goes into a sign-in link: a path parameter can hold anything.
  if (!workspaceIdSchema.safeParse(workspaceId).success) notFound();
  const user = await requireUser(workspacePath(workspaceId, page));
  const access = await accessWorkspace(user, workspaceId);
  if (!access?.permissions[permission]) notFound();
  return { user, access };
}

/**
 * The pages from before workspaces (/dashboard, /calls, /connections…) and links without one:
 * on to the same page in the workspace `?connection=` belongs to, or the person's default, with
 * the query string kept.
 */
export async function redirectIntoWorkspace(
  page: string,
  query: Record<string, string | string[] | undefined>,
): Promise<never> {
  const user = await requireUser(page);
  const connection = typeof query.connection === "string" ? query.connection : undefined;
  const preferred = connection ? await workspaceOfConnection(connection) : null;
  const workspace = await defaultWorkspace(user, preferred ?? undefined);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, one);
  }
  const suffix = search.size > 0 ? `?${search.toString()}` : "";
  redirect(`${workspacePath(workspace.id, page)}${suffix}`);
}

/** The cookie that remembers the workspace last opened: where /dashboard and sign-in land next. Not an access check. */
export const LAST_WORKSPACE_COOKIE = "last-workspace";

const WORKSPACE_PAGE = /^\/w\/([A-Za-z0-9_-]{1,64})(?:\/|$)/;

/** The workspace id a page path names (`/w/<id>/…`), or null. */
export function workspaceInPath(pathname: string): string | null {
  return WORKSPACE_PAGE.exec(pathname)?.[1] ?? null;
}

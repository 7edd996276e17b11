import { z } from "zod";

/** A workspace id as URLs carry it (a cuid, or the migration's `w` + 24 hex): nothing else reaches SQL. */
export const workspaceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a workspace id");

export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, { error: "Give the workspace a name" })
  .max(60, { error: "Keep the name under 60 characters" });

/** Where the Connect button goes: our route, which adds a single-use state bound to the person and workspace. */
export function connectHref(workspaceId: string): string {
  return `/twilio/connect?workspace=${encodeURIComponent(workspaceId)}`;
}

/** The path of a page inside a workspace: `/w/<id>/dashboard`. */
export function workspacePath(workspaceId: string, page: string): string {
  return `/w/${encodeURIComponent(workspaceId)}${page.startsWith("/") ? page : `/${page}`}`;
}

import { z } from "zod";
import type { WorkspaceRole } from "@/lib/db";

// What each role may do: the one table every page, route handler and server action asks (through
// lib/http), and the UI reads to show only what a person may use.

export const ROLES = ["owner", "admin", "viewer"] as const satisfies readonly WorkspaceRole[];

export const roleSchema = z.enum(ROLES);

const everyone = ROLES;
const managers = ["owner", "admin"] as const;

const GRANTS = {
  /** Dashboards, the call log, a call's detail, import progress. */
  view: everyone,
  /** CSV exports of the call log. */
  export: everyone,
  /** Refresh now: start an import, which calls Twilio. */
  import: managers,
  /** Connect a Twilio account into the workspace, or reconnect one. */
  connect: managers,
  disconnect: managers,
  /** Create, switch off and delete alert rules (each may mail members and call a webhook). */
  manageAlerts: managers,
  /** The workspace's audit trail. */
  viewAudit: managers,
  /** Invite people, revoke invitations, change roles, remove members. */
  manageMembers: ["owner"],
  /** Rename or delete the workspace (deleting removes its connections and their data). */
  manageWorkspace: ["owner"],
} as const satisfies Record<string, readonly WorkspaceRole[]>;

export type Permission = keyof typeof GRANTS;

export function can(role: WorkspaceRole, permission: Permission): boolean {
  return (GRANTS[permission] as readonly WorkspaceRole[]).includes(role);
}

/** Every permission and whether `role` has it: what the UI is handed (a plain object crosses to client components). */
export function permissionsOf(role: WorkspaceRole): Record<Permission, boolean> {
  return Object.fromEntries(
    (Object.keys(GRANTS) as Permission[]).map((permission) => [permission, can(role, permission)]),
  ) as Record<Permission, boolean>;
}

export const ROLE_LABELS: Record<WorkspaceRole, string> = { owner: "Owner", admin: "Admin", viewer: "Viewer" };

export const ROLE_SUMMARIES: Record<WorkspaceRole, string> = {
  owner: "Everything an admin can, plus invite and remove members, change roles, rename or delete the workspace.",
  admin:
    "Everything a viewer can, plus connect and disconnect Twilio accounts, refresh imports, manage alert rules and read the audit trail.",
  viewer: "Dashboards, the call log, call details, CSV exports and the alerts' history.",
};

import { ROLE_LABELS, can } from "./roles";
import { workspacePath } from "./ids";
import type { WorkspaceListing } from "./workspaces";

/** A workspace as the shell shows it: its name, the viewer's role, and the pages that role opens. */
export type ShellWorkspace = {
  id: string;
  name: string;
  roleLabel: string;
  links: { href: string; label: string }[];
};

export function shellWorkspace(workspace: WorkspaceListing): ShellWorkspace {
  const page = (path: string) => workspacePath(workspace.id, path);
  return {
    id: workspace.id,
    name: workspace.name,
    roleLabel: ROLE_LABELS[workspace.role],
    links: [
      { href: page("/dashboard"), label: "Overview" },
      { href: page("/calls"), label: "Calls" },
      { href: page("/messages"), label: "Messages" },
      { href: page("/dashboard/spend"), label: "Spend" },
      { href: page("/connections"), label: "Connections" },
      { href: page("/alerts"), label: "Alerts" },
      { href: page("/team"), label: "Team" },
      ...(can(workspace.role, "viewAudit") ? [{ href: page("/activity"), label: "Activity" }] : []),
    ],
  };
}

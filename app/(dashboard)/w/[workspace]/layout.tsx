import type { ReactNode } from "react";
import { requireWorkspace } from "@/lib/http";

type Props = { children: ReactNode; params: Promise<{ workspace: string }> };

/**
 * Checks membership before any page of the workspace starts streaming, so someone who is not a
 * member gets a real 404 (behind the overview's loading screen the status would already be 200).
 * Each page still checks for itself, with the permission it needs.
 */
export default async function WorkspaceLayout({ children, params }: Props) {
  await requireWorkspace((await params).workspace, "/dashboard");
  return children;
}

"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/http";
import { consumeLimit } from "@/lib/limits";
import { createWorkspace, workspaceNameSchema, workspacePath } from "@/lib/workspaces";

export const createWorkspaceAction = userAction(
  "/workspaces/new",
  z.object({ name: workspaceNameSchema }),
  async ({ user, input }) => {
    if (!input) redirect("/workspaces/new?error=invalid-name");
    const limit = await consumeLimit("createWorkspace", user.id);
    if (!limit.allowed) redirect("/workspaces/new?error=too-many");
    const workspaceId = await createWorkspace(user, input.name);
    redirect(workspacePath(workspaceId, "/connections"));
  },
);

"use server";

import { revalidatePath } from "next/cache";
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
    // The shell's workspace switcher lists the person's workspaces: it must show the new one.
    revalidatePath("/", "layout");
    redirect(workspacePath(workspaceId, "/connections"));
  },
);

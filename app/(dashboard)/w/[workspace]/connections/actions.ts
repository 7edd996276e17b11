"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { connectionIdSchema, disconnectConnection } from "@/lib/connections";
import { workspaceAction } from "@/lib/http";
import { actorOf, workspacePath } from "@/lib/workspaces";

const disconnectSchema = z.object({ connectionId: connectionIdSchema });

export const disconnectAction = workspaceAction("disconnect", disconnectSchema, async ({ user, access, input }) => {
  const removed = input !== null && (await disconnectConnection(access.id, input.connectionId, actorOf(user)));
  const page = workspacePath(access.id, "/connections");
  revalidatePath(page);
  redirect(`${page}?notice=${removed ? "disconnected" : "not-found"}`);
});

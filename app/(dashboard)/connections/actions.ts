"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { connectionIdSchema, disconnectConnection } from "@/lib/connections";
import { userAction } from "@/lib/http";

const disconnectSchema = z.object({ connectionId: connectionIdSchema });

export const disconnectAction = userAction("/connections", disconnectSchema, async ({ user, input }) => {
  const removed = input !== null && (await disconnectConnection(user.id, input.connectionId));
  revalidatePath("/connections");
  redirect(removed ? "/connections?notice=disconnected" : "/connections?notice=not-found");
});

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { disconnectConnection } from "@/lib/connections";

const disconnectSchema = z.object({ connectionId: z.string().min(1).max(64) });

export async function disconnectAction(formData: FormData): Promise<void> {
  const user = await requireUser("/connections");
  const parsed = disconnectSchema.safeParse({ connectionId: formData.get("connectionId") });
  const removed = parsed.success && (await disconnectConnection(user.id, parsed.data.connectionId));
  revalidatePath("/connections");
  redirect(removed ? "/connections?notice=disconnected" : "/connections?notice=not-found");
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/http";
import { acceptInvitation, invitationTokenSchema, workspacePath } from "@/lib/workspaces";

const acceptSchema = z.object({ token: invitationTokenSchema });

// Accepting is a POST from the invitation page, never the link itself: mail scanners that
// follow links would otherwise spend invitations.
export const acceptInvitationAction = userAction("/dashboard", acceptSchema, async ({ user, input }) => {
  const accepted = input ? await acceptInvitation(input.token, user) : { outcome: "unusable" as const };
  // The page explains any refusal (someone else's address, used, revoked, expired).
  if (accepted.outcome !== "joined") redirect(input ? `/invite/${input.token}` : "/dashboard");
  // The shell's workspace switcher lists the person's workspaces: it must show the one just joined.
  revalidatePath("/", "layout");
  redirect(`${workspacePath(accepted.workspaceId, "/dashboard")}?joined=1`);
});

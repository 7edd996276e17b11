"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { workspaceAction } from "@/lib/http";
import { consumeLimit } from "@/lib/limits";
import { siteOrigin } from "@/lib/viewer";
import {
  actorOf,
  changeRole,
  deleteWorkspace,
  invitationIdSchema,
  inviteByEmail,
  removeMember,
  renameWorkspace,
  revokeInvitation,
  roleSchema,
  workspaceNameSchema,
  workspacePath,
  type MemberChange,
} from "@/lib/workspaces";
import type { InviteState } from "@/components/team/invite-form";

const teamPage = (workspaceId: string, notice: string) => `${workspacePath(workspaceId, "/team")}?notice=${notice}`;
const memberIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const changeNotice = (outcome: MemberChange, done: string) =>
  outcome === "ok" ? done : outcome === "last-owner" ? "last-owner" : "not-found";

const inviteSchema = z.object({
  email: z.email({ error: "Enter a valid email address" }).trim().toLowerCase().max(254),
  role: roleSchema,
});

const invite = workspaceAction("manageMembers", inviteSchema, async ({ user, access, input }): Promise<InviteState> => {
  if (!input) return { error: "Enter a valid email address and choose a role." };
  const limit = await consumeLimit("invite", user.id);
  if (!limit.allowed) return { error: "Many invitations were sent just now. Try again in a while." };
  const sent = await inviteByEmail({
    workspace: access,
    email: input.email,
    role: input.role,
    inviter: actorOf(user),
    siteOrigin: await siteOrigin(),
  });
  revalidatePath(workspacePath(access.id, "/team"));
  if (sent.outcome === "already-member") return { error: `${input.email} is already a member.` };
  if (sent.outcome === "too-many")
    return { error: "This workspace has too many pending invitations: revoke some first." };
  return {
    sent: { email: sent.email, delivery: sent.outcome, link: sent.outcome === "outbox" ? sent.link : undefined },
  };
});

/** The invite form's action (useActionState hands it the previous state first). */
export async function inviteAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  return invite(formData);
}

export const revokeInvitationAction = workspaceAction(
  "manageMembers",
  z.object({ invitationId: invitationIdSchema }),
  async ({ user, access, input }) => {
    const done = input !== null && (await revokeInvitation(access.id, input.invitationId, actorOf(user)));
    redirect(teamPage(access.id, done ? "invitation-revoked" : "not-found"));
  },
);

export const changeRoleAction = workspaceAction(
  "manageMembers",
  z.object({ userId: memberIdSchema, role: roleSchema }),
  async ({ user, access, input }) => {
    const outcome = input ? await changeRole(access.id, input.userId, input.role, actorOf(user)) : "not-found";
    redirect(teamPage(access.id, changeNotice(outcome, "role-changed")));
  },
);

export const removeMemberAction = workspaceAction(
  "manageMembers",
  z.object({ userId: memberIdSchema }),
  async ({ user, access, input }) => {
    const outcome = input ? await removeMember(access.id, input.userId, actorOf(user)) : "not-found";
    redirect(teamPage(access.id, changeNotice(outcome, "member-removed")));
  },
);

/** Any member may leave; the last owner may not (the workspace would have nobody to manage it). */
export const leaveAction = workspaceAction("view", z.object({}), async ({ user, access }) => {
  const outcome = await removeMember(access.id, user.id, actorOf(user));
  if (outcome !== "ok") redirect(teamPage(access.id, changeNotice(outcome, "")));
  // The shell's workspace switcher must stop listing the workspace left.
  revalidatePath("/", "layout");
  redirect("/dashboard");
});

export const renameWorkspaceAction = workspaceAction(
  "manageWorkspace",
  z.object({ name: workspaceNameSchema }),
  async ({ user, access, input }) => {
    if (!input) redirect(teamPage(access.id, "invalid-name"));
    await renameWorkspace(access.id, input.name, actorOf(user));
    revalidatePath("/", "layout");
    redirect(teamPage(access.id, "renamed"));
  },
);

export const deleteWorkspaceAction = workspaceAction(
  "manageWorkspace",
  z.object({ confirm: z.string() }),
  async ({ access, input }) => {
    // Typing the name is the confirmation: a stray click deletes nothing.
    if (input?.confirm.trim() !== access.name) redirect(teamPage(access.id, "delete-unconfirmed"));
    await deleteWorkspace(access.id);
    revalidatePath("/", "layout");
    redirect("/dashboard");
  },
);

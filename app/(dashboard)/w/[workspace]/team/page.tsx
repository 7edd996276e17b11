import type { Metadata } from "next";
import { z } from "zod";
import { InviteForm } from "@/components/team/invite-form";
import { MemberList } from "@/components/team/member-list";
import { PendingInvitations } from "@/components/team/pending-invitations";
import { WorkspaceSettings } from "@/components/team/workspace-settings";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { SearchParamsRecord } from "@/lib/filters";
import { requireWorkspace } from "@/lib/http";
import { viewerFormats } from "@/lib/viewer";
import { noticeParam, readPageParams } from "@/lib/web";
import { listMembers, listPendingInvitations, ROLE_LABELS, ROLE_SUMMARIES, ROLES } from "@/lib/workspaces";
import {
  changeRoleAction,
  deleteWorkspaceAction,
  inviteAction,
  leaveAction,
  removeMemberAction,
  renameWorkspaceAction,
  revokeInvitationAction,
} from "./actions";

export const metadata: Metadata = { title: "Team" };

const NOTICES = {
  "role-changed": { tone: "success", text: "Role changed." },
  "member-removed": { tone: "success", text: "Member removed. They lose access with their next request." },
  "invitation-revoked": { tone: "success", text: "Invitation revoked: its link no longer works." },
  renamed: { tone: "success", text: "Workspace renamed." },
  "last-owner": { tone: "error", text: "A workspace needs an owner: make someone else owner first." },
  "not-found": { tone: "error", text: "That member or invitation is no longer here." },
  "invalid-name": { tone: "error", text: "A workspace name is 1 to 60 characters." },
  "delete-unconfirmed": { tone: "error", text: "Type the workspace's name exactly to delete it." },
} as const;

// Set by our own redirects; anything else in the URL shows no message.
const pageParams = z.object({
  notice: noticeParam(NOTICES),
});

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<SearchParamsRecord> };

export default async function TeamPage({ params, searchParams }: Props) {
  const { user, access } = await requireWorkspace((await params).workspace, "/team");
  const notice = readPageParams(pageParams, await searchParams).data.notice;
  const manage = access.permissions.manageMembers;
  const [members, invitations, formats] = [
    await listMembers(access.id),
    manage ? await listPendingInvitations(access.id) : [],
    await viewerFormats(),
  ];
  const roles = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Team</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Who can see {access.name}, and what each may do. You are {ROLE_LABELS[access.role].toLowerCase()}.
        </p>
      </div>
      {notice ? <Notice tone={NOTICES[notice].tone}>{NOTICES[notice].text}</Notice> : null}
      <Card className="space-y-4">
        <h2 className="text-base font-semibold">Members ({members.length})</h2>
        <MemberList
          workspaceId={access.id}
          members={members}
          currentUserId={user.id}
          manage={manage}
          roles={roles}
          formatDate={(date) => formats.formatDateTime(date, "UTC")}
          actions={{ changeRole: changeRoleAction, remove: removeMemberAction, leave: leaveAction }}
        />
      </Card>
      {manage ? (
        <Card className="space-y-4">
          <h2 className="text-base font-semibold">Invite a colleague</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            They get a link that works once, for 7 days, and only when they sign in with the address you enter.
          </p>
          <InviteForm workspaceId={access.id} roles={roles} action={inviteAction} />
          <PendingInvitations
            workspaceId={access.id}
            invitations={invitations}
            formatDate={(date) => formats.formatDateTime(date, "UTC")}
            revoke={revokeInvitationAction}
          />
        </Card>
      ) : null}
      <Card className="space-y-3">
        <h2 className="text-base font-semibold">Roles</h2>
        <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
          {ROLES.map((role) => (
            <div key={role} className="contents">
              <dt className="font-medium">{ROLE_LABELS[role]}</dt>
              <dd className="text-slate-600 dark:text-slate-400">{ROLE_SUMMARIES[role]}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {access.permissions.manageWorkspace ? (
        <WorkspaceSettings
          workspaceId={access.id}
          name={access.name}
          rename={renameWorkspaceAction}
          remove={deleteWorkspaceAction}
        />
      ) : null}
    </div>
  );
}

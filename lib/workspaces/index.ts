// Workspaces: who shares which connections, with which role, and how people are invited in.
// lib/workspaces owns Workspace, Membership and Invitation. Access checks on requests go through
// lib/http, which asks findMembership and can().
export { connectHref, workspaceIdSchema, workspaceNameSchema, workspacePath } from "./ids";
export { can, permissionsOf, ROLE_LABELS, ROLE_SUMMARIES, ROLES, roleSchema, type Permission } from "./roles";
export {
  actorOf,
  createWorkspace,
  deleteWorkspace,
  findMembership,
  labelOf,
  renameWorkspace,
  workspacesOf,
  type Person,
  type WorkspaceListing,
} from "./workspaces";
export { shellWorkspace, type ShellWorkspace } from "./navigation";
export { changeRole, listMembers, removeMember, type Member, type MemberChange } from "./members";
export {
  acceptInvitation,
  invitationIdSchema,
  invitationTokenSchema,
  inviteByEmail,
  INVITATION_TTL_MS,
  listPendingInvitations,
  MAX_PENDING_INVITATIONS,
  readInvitation,
  revokeInvitation,
  type Acceptance,
  type Invited,
  type InvitationState,
  type PendingInvitation,
} from "./invitations";

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit, type Actor } from "@/lib/audit";
import { getDb, type WorkspaceRole } from "@/lib/db";
import { sendMail } from "@/lib/mail";
import { ROLE_LABELS } from "./roles";
import { labelOf, type Person } from "./workspaces";

/** Long enough for a colleague to get to their mail, short enough that a forwarded link goes stale. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Invitations a workspace may have pending at once: inviting is also a way to send mail. */
export const MAX_PENDING_INVITATIONS = 50;

/** What an invitation link's token looks like: 32 random bytes, base64url. Anything else is no invitation. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "is not an invitation");

export const invitationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not an invitation id");

function hash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationUrl(siteOrigin: string, token: string): string {
  return new URL(`/invite/${token}`, siteOrigin).toString();
}

export type Invited =
  { outcome: "smtp" | "outbox"; email: string; link: string } | { outcome: "already-member" } | { outcome: "too-many" };

/**
 * Invites an email address into a workspace with a role: a single-use link, valid for a week,
 * mailed to them (or kept in the outbox without a mail server). Inviting an address again
 * replaces its pending invitation, so only the newest link works.
 */
export async function inviteByEmail(input: {
  workspace: { id: string; name: string };
  email: string;
  role: WorkspaceRole;
  inviter: Actor;
  siteOrigin: string;
  now?: Date;
}): Promise<Invited> {
  const { workspace, role, inviter, now = new Date() } = input;
  const email = input.email.toLowerCase();
  const db = getDb();
  const member = await db.membership.findFirst({
    where: { workspaceId: workspace.id, user: { email: { equals: email, mode: "insensitive" } } },
    select: { userId: true },
  });
  if (member) return { outcome: "already-member" };
  const token = randomBytes(32).toString("base64url");
  const created = await db.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { workspaceId: workspace.id, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const pending = await tx.invitation.count({
      where: { workspaceId: workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    });
    if (pending >= MAX_PENDING_INVITATIONS) return false;
    await tx.invitation.create({
      data: {
        workspaceId: workspace.id,
        email,
        role,
        tokenHash: hash(token),
        invitedById: inviter.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
    });
    await recordAudit(
      { workspaceId: workspace.id, actor: inviter, action: "member.invited", subject: email, detail: role },
      tx,
    );
    return true;
  });
  if (!created) return { outcome: "too-many" };
  const link = invitationUrl(input.siteOrigin, token);
  const outcome = await sendMail({
    to: email,
    subject: `${inviter.label} invited you to ${workspace.name}`,
    text: [
      `${inviter.label} invited you to the workspace "${workspace.name}" in Twilio Connect Analytics, as ${ROLE_LABELS[role].toLowerCase()}.`,
      "",
      `Accept the invitation: ${link}`,
      "",
      `Sign in with this address (${email}) to accept. The link works once and expires in 7 days.`,
    ].join("\n"),
  });
  return { outcome, email, link };
}

/** A workspace's invitations still waiting for an answer, newest first. */
export async function listPendingInvitations(workspaceId: string, now = new Date()) {
  return getDb().invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { name: true, email: true } },
    },
  });
}

export type PendingInvitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];

/** Revokes a pending invitation of this workspace; false when there is none by that id here. */
export async function revokeInvitation(workspaceId: string, invitationId: string, actor: Actor): Promise<boolean> {
  if (!invitationIdSchema.safeParse(invitationId).success) return false;
  return getDb().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
      select: { email: true },
    });
    if (!invitation) return false;
    await tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: new Date() } });
    await recordAudit({ workspaceId, actor, action: "invitation.revoked", subject: invitation.email }, tx);
    return true;
  });
}

export type InvitationState = "pending" | "expired" | "used" | "revoked";

/** What an invitation link is, for the page that shows it: null for a token that is no invitation. */
export async function readInvitation(token: string, now = new Date()) {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const found = await getDb().invitation.findUnique({
    where: { tokenHash: hash(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { id: true, name: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!found) return null;
  const state: InvitationState = found.acceptedAt
    ? "used"
    : found.revokedAt
      ? "revoked"
      : found.expiresAt <= now
        ? "expired"
        : "pending";
  return {
    state,
    email: found.email,
    role: found.role,
    workspace: found.workspace,
    invitedBy: found.invitedBy ? labelOf(found.invitedBy) : "Someone",
  };
}

export type Acceptance = { outcome: "joined"; workspaceId: string } | { outcome: "wrong-email" | "unusable" };

/**
 * Accepts an invitation as the signed-in person: only with the address it was sent to, once,
 * before it expires. Spending it is one conditional update, so two clicks cannot both join. A
 * person who is already a member keeps their role.
 */
export async function acceptInvitation(token: string, person: Person, now = new Date()): Promise<Acceptance> {
  if (!invitationTokenSchema.safeParse(token).success) return { outcome: "unusable" };
  const tokenHash = hash(token);
  const db = getDb();
  const invitation = await db.invitation.findUnique({ where: { tokenHash }, select: { email: true } });
  if (!invitation) return { outcome: "unusable" };
  if (invitation.email !== person.email?.toLowerCase()) return { outcome: "wrong-email" };
  return db.$transaction(async (tx) => {
    const spent = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: person.id },
    });
    if (spent.count !== 1) return { outcome: "unusable" as const };
    const { workspaceId, role } = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { workspaceId: true, role: true },
    });
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId, userId: person.id } },
      create: { workspaceId, userId: person.id, role },
      update: {},
    });
    await recordAudit(
      { workspaceId, actor: { id: person.id, label: labelOf(person) }, action: "member.joined", subject: role },
      tx,
    );
    return { outcome: "joined" as const, workspaceId };
  });
}

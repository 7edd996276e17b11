import "server-only";
import { z } from "zod";
import { getDb, type Prisma } from "@/lib/db";

/** Who did it, as the trail names them (copied in, so it reads right after they are gone). */
export type Actor = { id: string; label: string };

export const AUDIT_ACTIONS = {
  "connection.connected": "connected",
  "connection.reconnected": "reconnected",
  "connection.disconnected": "disconnected",
  "calls.exported": "exported calls from",
  "messages.exported": "exported messages from",
  "member.invited": "invited",
  "invitation.revoked": "revoked the invitation of",
  "member.joined": "joined as",
  "member.role_changed": "changed the role of",
  "member.removed": "removed",
  "member.left": "left",
  "member.deleted_account": "removed the deleted account of",
  "workspace.created": "created the workspace",
  "workspace.renamed": "renamed the workspace to",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

/** Adds an event to a workspace's trail; pass the transaction that made the change, so both land or neither. */
export async function recordAudit(
  event: { workspaceId: string; actor: Actor | null; action: AuditAction; subject: string; detail?: string },
  db: Writer = getDb(),
): Promise<void> {
  await db.auditEvent.create({
    data: {
      workspaceId: event.workspaceId,
      actorId: event.actor?.id ?? null,
      actorLabel: event.actor?.label ?? "The app",
      action: event.action,
      subject: event.subject,
      detail: event.detail ?? null,
    },
  });
}

/** An audit page's cursor: the id of the last event shown, checked against the workspace before use. */
export const auditCursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const AUDIT_PAGE_SIZE = 50;

/** A page of a workspace's trail, newest first, after the event `before` (an id from this workspace; anything else starts over). */
export async function listAuditEvents(workspaceId: string, before?: string) {
  const db = getDb();
  const from = before
    ? await db.auditEvent.findFirst({ where: { id: before, workspaceId }, select: { id: true, createdAt: true } })
    : null;
  const events = await db.auditEvent.findMany({
    where: {
      workspaceId,
      ...(from && {
        OR: [{ createdAt: { lt: from.createdAt } }, { createdAt: from.createdAt, id: { lt: from.id } }],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, actorLabel: true, action: true, subject: true, detail: true, createdAt: true },
  });
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  return {
    events: page.map((event) => ({ ...event, verb: verbOf(event.action) })),
    nextCursor: events.length > AUDIT_PAGE_SIZE ? page.at(-1)?.id : undefined,
  };
}

function verbOf(action: string): string {
  return Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction] : action;
}

export type AuditEventView = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

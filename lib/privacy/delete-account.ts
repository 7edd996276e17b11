import "server-only";
import { recordAudit } from "@/lib/audit";
import { getDb } from "@/lib/db";
import { labelOf, type Person } from "@/lib/workspaces";
import { soleOwnedWorkspaceIds } from "./sole-owner";

/**
 * Deletes a person and everything tied to them, in one transaction:
 * - the workspaces they alone own, with all they hold (the foreign keys cascade from Workspace to
 *   connections, imported calls and messages, rollups, usage, completeness checks, alert rules
 *   with firings and deliveries, digests, invitations and the audit trail);
 * - their User row, which cascades to OAuth accounts, sessions, Connect states, memberships and
 *   digest subscriptions;
 * - the rows that name them without a foreign key: digest sends, outbox mail to their address,
 *   magic-link tokens, rate-limit counters keyed by their id or address, invitations to their
 *   address, and their id among alert rules' mail recipients.
 * In workspaces that stay (another owner), what they did stays the workspace's: audit events
 * they authored keep the name copied into them but lose the link to the person; connections and
 * alert rules they created, and invitations they sent, lose their creator. Each such workspace's
 * trail records that they left.
 */
export async function deleteAccount(person: Person): Promise<void> {
  const db = getDb();
  const email = person.email?.toLowerCase() ?? null;
  await db.$transaction(
    async (tx) => {
      const doomed = await soleOwnedWorkspaceIds(person.id, tx);
      await tx.workspace.deleteMany({ where: { id: { in: doomed } } });
      const staying = await tx.membership.findMany({ where: { userId: person.id }, select: { workspaceId: true } });
      for (const { workspaceId } of staying) {
        await recordAudit({ workspaceId, actor: null, action: "member.deleted_account", subject: labelOf(person) }, tx);
      }
      await tx.$executeRaw`
        UPDATE "AlertRule" SET "emailUserIds" = array_remove("emailUserIds", ${person.id})
        WHERE ${person.id} = ANY("emailUserIds")`;
      await tx.invitation.updateMany({ where: { acceptedById: person.id }, data: { acceptedById: null } });
      if (email) {
        await tx.invitation.deleteMany({ where: { email } });
        await tx.outboxMail.deleteMany({ where: { to: email } });
        await tx.verificationToken.deleteMany({ where: { identifier: { equals: email, mode: "insensitive" } } });
        await tx.rateLimit.deleteMany({ where: { key: { endsWith: `:${email}` } } });
      }
      await tx.rateLimit.deleteMany({ where: { key: { endsWith: `:${person.id}` } } });
      await tx.digestSend.deleteMany({ where: { OR: [{ userId: person.id }, { workspaceId: { in: doomed } }] } });
      await tx.user.delete({ where: { id: person.id } });
    },
    { timeout: 5 * 60 * 1000 },
  );
}

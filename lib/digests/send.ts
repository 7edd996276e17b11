import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { sendMail } from "@/lib/mail";
import { findMembership } from "@/lib/workspaces";
import { digestFigures } from "./figures";
import { digestMail } from "./mail-text";
import { digestKindSchema, lastWholePeriod } from "./periods";
import { unsubscribeToken } from "./token";

export type DigestRun = { sent: number; skipped: number; failed: number };

/** Where links in digests point: the configured public URL, else the local app (as alert mails do). */
function appOrigin(): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : "http://localhost:3000";
}

/**
 * Sends every subscription's last whole period, once: the digest is claimed first by inserting
 * its (user, workspace, kind, first day) key, which only one of any racing runs can do; the
 * others skip it. A send that fails gives the claim back, so the next run tries again.
 */
export async function sendDueDigests(now = new Date()): Promise<DigestRun> {
  const db = getDb();
  const run: DigestRun = { sent: 0, skipped: 0, failed: 0 };
  const subscriptions = await db.digestSubscription.findMany({
    orderBy: { createdAt: "asc" },
    select: { userId: true, workspaceId: true, kind: true, timeZone: true, user: { select: { email: true } } },
  });
  for (const subscription of subscriptions) {
    const { userId, workspaceId, timeZone } = subscription;
    const kind = digestKindSchema.safeParse(subscription.kind);
    const email = subscription.user.email;
    // Read on every run: someone removed from the workspace gets nothing more from it.
    const membership = await findMembership(userId, workspaceId);
    if (!kind.success || !email || !membership) {
      run.skipped++;
      continue;
    }
    const days = lastWholePeriod(kind.data, timeZone, now);
    const key = { userId, workspaceId, kind: kind.data, periodFrom: days.from };
    const { count } = await db.digestSend.createMany({ data: [key], skipDuplicates: true });
    if (count === 0) {
      run.skipped++;
      continue;
    }
    try {
      const origin = appOrigin();
      const token = unsubscribeToken({ userId, workspaceId, kind: kind.data });
      const sections = await digestFigures(workspaceId, days, timeZone, now);
      const mail = digestMail({
        workspaceName: membership.name,
        kind: kind.data,
        days,
        timeZone,
        sections,
        origin,
        unsubscribeUrl: `${origin}/unsubscribe?token=${token}`,
      });
      await sendMail({
        to: email,
        ...mail,
        headers: {
          "List-Unsubscribe": `<${origin}/api/digests/unsubscribe?token=${token}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
      });
      run.sent++;
    } catch (error) {
      await db.digestSend.deleteMany({ where: key });
      logger().error({ userId, workspaceId, err: error }, "digest not sent");
      run.failed++;
    }
  }
  return run;
}

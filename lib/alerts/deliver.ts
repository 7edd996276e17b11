import "server-only";
import { getDb } from "@/lib/db";
import { sendMail } from "@/lib/mail";
import { z } from "zod";
import { postWebhook, RESPONSE_KEPT_CHARS } from "./webhook";

// Sends the deliveries that are due: new ones, and failed attempts whose backoff has passed. Each
// is claimed by pushing its next attempt a few minutes out (FOR UPDATE SKIP LOCKED), so two
// processes never send one twice, and one that crashes mid-send is retried when the claim lapses.

/** Minutes to wait after the 1st, 2nd… failed attempt; after the last of these it is given up. */
export const RETRY_DELAYS_MINUTES = [1, 2, 4, 8, 16] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;
/** Longer than an attempt can take (a webhook times out after 10 s). */
const CLAIM_MS = 2 * 60 * 1000;
const BATCH = 50;

type Claimed = { id: string; firingId: string; channel: string; target: string; payload: unknown; attempts: number };
type Attempt = { ok: boolean; retry: boolean; status: number | null; body: string };

const mailPayload = z.object({ subject: z.string(), text: z.string() });

/** Sends what is due at `now`; how many were sent, will be retried, and were given up. */
export async function deliverDueAlerts(now = new Date()): Promise<{ sent: number; retrying: number; failed: number }> {
  const db = getDb();
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "AlertDelivery"
    SET "attempts" = "attempts" + 1, "lastAttemptAt" = ${now}, "nextAttemptAt" = ${new Date(now.getTime() + CLAIM_MS)}
    WHERE "id" IN (
      SELECT "id" FROM "AlertDelivery"
      WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "firingId", "channel", "target", "payload", "attempts"`;
  const secrets = await webhookSecrets(claimed);
  const tally = { sent: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (delivery) => {
      const attempt = await attemptDelivery(delivery, secrets.get(delivery.firingId) ?? null, now);
      const status = attempt.ok ? "sent" : attempt.retry && delivery.attempts < MAX_ATTEMPTS ? "pending" : "failed";
      const delay = RETRY_DELAYS_MINUTES[delivery.attempts - 1] ?? 0;
      await db.alertDelivery.update({
        where: { id: delivery.id },
        data: {
          status,
          responseStatus: attempt.status,
          responseBody: attempt.body.slice(0, RESPONSE_KEPT_CHARS),
          nextAttemptAt: status === "pending" ? new Date(now.getTime() + delay * 60_000) : null,
          sentAt: attempt.ok ? now : null,
        },
      });
      tally[status === "pending" ? "retrying" : status] += 1;
    }),
  );
  return tally;
}

/** The secret of each claimed webhook's rule (read here, never carried in a delivery row). */
async function webhookSecrets(claimed: Claimed[]): Promise<Map<string, string | null>> {
  const firingIds = [...new Set(claimed.filter((d) => d.channel === "webhook").map((d) => d.firingId))];
  if (firingIds.length === 0) return new Map();
  const firings = await getDb().alertFiring.findMany({
    where: { id: { in: firingIds } },
    select: { id: true, rule: { select: { webhookSecret: true } } },
  });
  return new Map(firings.map((firing) => [firing.id, firing.rule.webhookSecret]));
}

async function attemptDelivery(delivery: Claimed, secret: string | null, now: Date): Promise<Attempt> {
  try {
    if (delivery.channel === "email") {
      const mail = mailPayload.parse(delivery.payload);
      const via = await sendMail({ to: delivery.target, subject: mail.subject, text: mail.text });
      return { ok: true, retry: false, status: null, body: `Sent by ${via === "smtp" ? "SMTP" : "the outbox"}.` };
    }
    if (!secret) return { ok: false, retry: false, status: null, body: "The rule has no webhook secret." };
    const answer = await postWebhook(delivery.target, secret, JSON.stringify(delivery.payload), delivery.id, now);
    const ok = answer.status >= 200 && answer.status < 300;
    // Overloaded or down receivers may answer later; any other refusal would be the same next time.
    const retry = answer.status === 408 || answer.status === 429 || answer.status >= 500;
    return { ok, retry: !ok && retry, status: answer.status, body: answer.body };
  } catch (error) {
    // Only the message: an error's details could hold the URL, which may itself be a credential.
    const policy = (error as NodeJS.ErrnoException).code === "EADDRNOTALLOWED";
    return { ok: false, retry: !policy, status: null, body: error instanceof Error ? error.message : "Failed." };
  }
}

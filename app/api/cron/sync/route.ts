// GET|POST /api/cron/sync – the retention period's deletions, then the scheduled import of every connection
// due for one (Vercel Cron or any scheduler; with IMPORTS=worker the workers schedule imports themselves),
// the alert deliveries waiting for a retry, and the digests whose period has ended
import { NextResponse } from "next/server";
import { deliverDueAlerts } from "@/lib/alerts";
import { sendDueDigests } from "@/lib/digests";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http";
import { logger } from "@/lib/log";
import { applyRetention } from "@/lib/privacy";
import { syncDueConnections } from "@/lib/sync";
import { hasBearerToken } from "@/lib/web";

// Long enough for real work on serverless hosts; what does not fit resumes on the next run.
export const maxDuration = 300;

async function handle(request: Request) {
  const secret = env().CRON_SECRET;
  if (!secret) return jsonError(503, "not_configured", "Set CRON_SECRET to enable scheduled imports.");
  if (!hasBearerToken(request, secret))
    return jsonError(401, "unauthorized", "Send Authorization: Bearer <CRON_SECRET>.");
  const started = Date.now();
  // First, so no import spends time on records about to go; bounded batches, the rest next run.
  const retention = await applyRetention().catch((error: unknown) => {
    // The next run tries again; imports, alerts and digests are not held up by it.
    logger().error({ err: error }, "retention deletions failed");
    return "failed" as const;
  });
  const budgetMs = (maxDuration - 30) * 1000 - (Date.now() - started);
  const outcomes =
    env().IMPORTS === "worker" ? {} : await syncDueConnections({ staleAfterMs: 10 * 60 * 1000, budgetMs });
  // Each import sends its own alerts; this catches the retries that fell due with no import to carry them.
  const alerts = await deliverDueAlerts();
  // After the import, so a digest's last day holds everything the run brought in.
  const digests = await sendDueDigests();
  return NextResponse.json({ retention, imports: env().IMPORTS, connections: outcomes, alerts, digests });
}

export const GET = handle;
export const POST = handle;

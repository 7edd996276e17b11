// GET /api/connections/:id/sync – import progress; POST – "Refresh now": start an import
import { after, NextResponse } from "next/server";
import { connectionByIdRoute, jsonError, tooManyRequests } from "@/lib/http";
import { consumeLimit } from "@/lib/limits";
import { getConnectionSyncStatus, isImportRunning, requestImport } from "@/lib/sync";

export const GET = connectionByIdRoute("view", async ({ connection }) =>
  NextResponse.json(await getConnectionSyncStatus(connection), { headers: { "Cache-Control": "no-store" } }),
);

export const POST = connectionByIdRoute("import", async ({ user, connection }) => {
  if (connection.status !== "active")
    return jsonError(409, "not_active", "Reconnect this Twilio account before refreshing.");
  const limit = await consumeLimit("syncTrigger", user.id);
  if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds, "Refresh now was used many times just now.");
  // Not started when an import is already running, here or in another process; one whose process
  // stopped does not count, so this resumes it.
  const started = !(await isImportRunning(connection.id));
  // Answer now; the import runs after the response or in a worker (and resumes on the next run
  // if cut short).
  await requestImport(connection.id, {}, after);
  return NextResponse.json({ started }, { status: 202 });
});

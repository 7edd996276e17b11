import "server-only";
import { getDb } from "@/lib/db";
import { syncConnection, type SyncOutcome } from "./sync-connection";

/**
 * The scheduled run: active connections not synced for `staleAfterMs`, least recently synced
 * first, until the time budget is spent. Work left over resumes on the next run.
 */
export async function syncDueConnections(options: {
  staleAfterMs: number;
  budgetMs: number;
}): Promise<Record<string, SyncOutcome["status"]>> {
  const deadline = AbortSignal.timeout(options.budgetMs);
  const due = await getDb().twilioConnection.findMany({
    where: {
      status: "active",
      OR: [{ lastSyncedAt: null }, { lastSyncedAt: { lt: new Date(Date.now() - options.staleAfterMs) } }],
    },
    orderBy: { lastSyncedAt: { sort: "asc", nulls: "first" } },
    select: { id: true },
    take: 50,
  });
  const outcomes: Record<string, SyncOutcome["status"]> = {};
  for (const { id } of due) {
    if (deadline.aborted) break;
    outcomes[id] = (await syncConnection(id, { signal: deadline })).status;
  }
  return outcomes;
}

import "server-only";
import { getDb } from "@/lib/db";
import { rolledUpCallCount } from "@/lib/rollups";
import { planProgress, readPlan } from "./plan";

export type SyncStatus = {
  state: "pending" | "running" | "idle" | "failed";
  /** 0–100 while a run is in progress; null when nothing is running. */
  percent: number | null;
  callsImported: number;
  messagesImported: number;
  accounts: number;
  lastFinishedAt: string | null;
  lastError: string | null;
  /** Every account's history has been imported once: the dashboards are complete. */
  firstSyncComplete: boolean;
};

/** The import state of a connection, summed over its accounts (the caller checks ownership). */
export async function getSyncStatus(connectionId: string): Promise<SyncStatus> {
  const db = getDb();
  // Counted from what is stored, not from what imports wrote: re-reads would inflate that. Calls
  // come from the hourly rollups (a few thousand rows), which cover every finished window.
  // Only the accounts imports read: closed ones and those the grant cannot read never finish.
  const imported = { connectionId, closedAt: null, OR: [{ callsError: null }, { messagesError: null }] };
  const [accounts, syncs, calls, messagesImported] = await Promise.all([
    db.twilioAccount.count({ where: imported }),
    db.accountSync.findMany({ where: { connectionId, account: imported } }),
    rolledUpCallCount(connectionId),
    db.message.count({ where: { connectionId } }),
  ]);
  const now = Date.now();
  const running = syncs.filter((s) => s.state === "running" && s.leaseUntil && s.leaseUntil.getTime() > now);
  const plans = running.map((s) => readPlan(s.plan)).filter((p) => p !== null);
  const failed = syncs.find((s) => s.state === "failed");
  const finished = syncs.map((s) => s.lastFinishedAt?.getTime() ?? 0);
  return {
    state: running.length ? "running" : failed ? "failed" : syncs.length === 0 ? "pending" : "idle",
    percent: running.length
      ? Math.round((100 * plans.reduce((sum, p) => sum + planProgress(p), 0)) / Math.max(plans.length, 1))
      : null,
    callsImported: calls,
    messagesImported,
    accounts,
    lastFinishedAt: finished.length && Math.max(...finished) > 0 ? new Date(Math.max(...finished)).toISOString() : null,
    lastError: failed?.lastError ?? null,
    firstSyncComplete: accounts > 0 && syncs.length === accounts && syncs.every((s) => s.completeUntil !== null),
  };
}

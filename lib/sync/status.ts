import "server-only";
import { getDb, type AccountSync } from "@/lib/db";
import { rolledUpCallCount } from "@/lib/rollups";
import { HEARTBEAT_STALE_SECONDS } from "./lease";
import { planProgress, readPlan } from "./plan";
import { isSyncRunningHere } from "./sync-connection";

export type SyncStatus = {
  /** `interrupted`: an import's process stopped mid-run (a crash, a deploy); the next run resumes it. */
  state: "pending" | "running" | "interrupted" | "idle" | "failed";
  /** 0–100 while a run is in progress; null when nothing is running. */
  percent: number | null;
  callsImported: number;
  messagesImported: number;
  accounts: number;
  lastFinishedAt: string | null;
  lastError: string | null;
  /** When an interrupted import was last heard from. */
  interruptedAt: string | null;
  /** Every account's history has been imported once: the dashboards are complete. */
  firstSyncComplete: boolean;
};

/** The import state of a connection, summed over its accounts (the caller checks ownership). */
export async function getSyncStatus(connectionId: string): Promise<SyncStatus> {
  const db = getDb();
  // Counted from what is stored, not from what imports wrote: re-reads would inflate that. Calls
  // come from the hourly rollups (a few thousand rows), which cover every finished window.
  const [accounts, syncs, calls, messagesImported] = await Promise.all([
    db.twilioAccount.count({ where: { connectionId } }),
    db.accountSync.findMany({ where: { connectionId } }),
    rolledUpCallCount(connectionId),
    db.message.count({ where: { connectionId } }),
  ]);
  const now = Date.now();
  const running = syncs.filter((s) => isLive(s, now));
  // Left "running" by a process that stopped: its lease may not have expired, but nothing runs.
  const interrupted = syncs.filter((s) => s.state === "running" && !isLive(s, now));
  const plans = running.map((s) => readPlan(s.plan)).filter((p) => p !== null);
  const failed = syncs.find((s) => s.state === "failed");
  const finished = syncs.map((s) => s.lastFinishedAt?.getTime() ?? 0);
  const lastHeard = interrupted.map((s) => (s.heartbeatAt ?? s.lastStartedAt)?.getTime() ?? 0);
  return {
    state: running.length
      ? "running"
      : interrupted.length
        ? "interrupted"
        : failed
          ? "failed"
          : syncs.length === 0
            ? "pending"
            : "idle",
    percent: running.length
      ? Math.round((100 * plans.reduce((sum, p) => sum + planProgress(p), 0)) / Math.max(plans.length, 1))
      : null,
    callsImported: calls,
    messagesImported,
    accounts,
    lastFinishedAt: finished.length && Math.max(...finished) > 0 ? new Date(Math.max(...finished)).toISOString() : null,
    lastError: failed?.lastError ?? null,
    interruptedAt: interrupted.length ? new Date(Math.max(...lastHeard)).toISOString() : null,
    firstSyncComplete: accounts > 0 && syncs.length === accounts && syncs.every((s) => s.completeUntil !== null),
  };
}

/** Held by a process that is still alive: an unexpired lease and a recent heartbeat. */
function isLive(sync: Pick<AccountSync, "state" | "leaseUntil" | "heartbeatAt">, now: number): boolean {
  return (
    sync.state === "running" &&
    sync.leaseUntil !== null &&
    sync.leaseUntil.getTime() > now &&
    sync.heartbeatAt !== null &&
    sync.heartbeatAt.getTime() > now - HEARTBEAT_STALE_SECONDS * 1000
  );
}

/** Whether this or any other process is importing one of the connection's accounts right now. */
export async function isImportRunning(connectionId: string): Promise<boolean> {
  if (isSyncRunningHere(connectionId)) return true;
  const now = Date.now();
  const syncs = await getDb().accountSync.findMany({
    where: { connectionId, state: "running" },
    select: { state: true, leaseUntil: true, heartbeatAt: true },
  });
  return syncs.some((s) => isLive(s, now));
}

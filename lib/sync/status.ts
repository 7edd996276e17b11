import "server-only";
import { importedAccountsOf } from "@/lib/connections";
import { getDb, type AccountSync } from "@/lib/db";
import type { ListName } from "@/lib/twilio";
import { CALL_STATS, MESSAGE_STATS, rolledUpCounts } from "@/lib/rollups";
import { isImportRequested } from "./import-queue";
import { HEARTBEAT_STALE_SECONDS } from "./lease";
import { estimateTotal, planProgress, readPlan } from "./plan";
import { isSyncRunningHere } from "./sync-connection";

/** One account's import, as the first-import banner shows it. */
export type AccountImport = {
  sid: string;
  name: string;
  running: boolean;
  callsImported: number;
  messagesImported: number;
  /** Calls (messages) the account is expected to hold, once some of its history's span has been read; else null. */
  estimatedCalls: number | null;
  estimatedMessages: number | null;
  /** When its current (or last) import started. */
  startedAt: string | null;
  firstImportComplete: boolean;
};

export type SyncStatus = {
  /**
   * `pending`: asked for and not started yet (no import ever ran, or one waits for an import
   * worker, also one taking over from a worker that stopped). `interrupted`: an import's process
   * stopped mid-run (a crash, a deploy); the next run resumes it.
   */
  state: "pending" | "running" | "interrupted" | "idle" | "failed";
  /** 0–100 while a run is in progress; null when nothing is running. */
  percent: number | null;
  callsImported: number;
  messagesImported: number;
  accounts: number;
  /** From the earliest account's start to the latest's finish of the last run of every account. */
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastError: string | null;
  /** When an interrupted import was last heard from. */
  interruptedAt: string | null;
  /** Every account's history has been imported once: the dashboards are complete. */
  firstSyncComplete: boolean;
  /** Changes whenever the stored calls behind the dashboards change: pages re-render when it does. */
  dataVersion: string;
  perAccount: AccountImport[];
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The import state of a connection, summed over its accounts (the caller checks ownership). */
export async function getSyncStatus(connectionId: string): Promise<SyncStatus> {
  const db = getDb();
  // Counted from what is stored, not from what imports wrote: re-reads would inflate that. Calls
  // and messages come from the hourly rollups (a few thousand rows, where counting the records
  // would read every one at each poll), which cover every finished window.
  // Only the accounts imports read: closed ones and those the grant cannot read never finish.
  const [accounts, calls, messages, requested] = await Promise.all([
    db.twilioAccount.findMany({
      where: importedAccountsOf(connectionId),
      include: { sync: true },
      orderBy: { createdAt: "asc" },
    }),
    rolledUpCounts(CALL_STATS, connectionId),
    rolledUpCounts(MESSAGE_STATS, connectionId),
    isImportRequested(connectionId),
  ]);
  const now = Date.now();
  const syncs = accounts.flatMap((a) => (a.sync ? [a.sync] : []));
  const isRunning = (s: (typeof syncs)[number]) => isLive(s, now);
  const running = syncs.filter(isRunning);
  // Left "running" by a process that stopped: its lease may not have expired, but nothing runs.
  const interrupted = syncs.filter((s) => s.state === "running" && !isRunning(s));
  const lastHeard = interrupted.map((s) => (s.heartbeatAt ?? s.lastStartedAt)?.getTime() ?? 0);
  const plans = running.map((s) => readPlan(s.plan)).filter((p) => p !== null);
  const failed = syncs.find((s) => s.state === "failed");
  const times = (pick: (s: (typeof syncs)[number]) => Date | null) =>
    syncs.map(pick).flatMap((d) => (d ? [d.getTime()] : []));
  const started = times((s) => s.lastStartedAt);
  const finished = times((s) => s.lastFinishedAt);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
  const callsImported = total(calls);
  const messagesImported = total(messages);
  const lastFinishedAt = finished.length ? new Date(Math.max(...finished)).toISOString() : null;
  return {
    state: running.length
      ? "running"
      : requested || syncs.length === 0
        ? "pending"
        : interrupted.length
          ? "interrupted"
          : failed
            ? "failed"
            : "idle",
    percent: running.length
      ? Math.round((100 * plans.reduce((sum, p) => sum + planProgress(p), 0)) / Math.max(plans.length, 1))
      : null,
    callsImported,
    messagesImported,
    accounts: accounts.length,
    lastStartedAt: started.length ? new Date(Math.min(...started)).toISOString() : null,
    lastFinishedAt,
    lastError: failed?.lastError ?? null,
    interruptedAt: interrupted.length ? new Date(Math.max(...lastHeard)).toISOString() : null,
    firstSyncComplete: accounts.length > 0 && accounts.every((a) => a.sync?.completeUntil),
    dataVersion: `${callsImported}|${messagesImported}|${lastFinishedAt ?? ""}`,
    perAccount: accounts.map((account) => {
      const sync = account.sync;
      const callsSoFar = calls.get(account.sid) ?? 0;
      const messagesSoFar = messages.get(account.sid) ?? 0;
      const plan = sync && isRunning(sync) ? readPlan(sync.plan) : null;
      const estimate = (list: ListName, soFar: number) =>
        sync?.completeUntil ? soFar : plan ? estimateTotal(plan, list, soFar) : null;
      return {
        sid: account.sid,
        name: account.friendlyName,
        running: plan !== null,
        callsImported: callsSoFar,
        messagesImported: messagesSoFar,
        estimatedCalls: estimate("calls", callsSoFar),
        estimatedMessages: estimate("messages", messagesSoFar),
        startedAt: iso(sync?.lastStartedAt ?? null),
        firstImportComplete: Boolean(sync?.completeUntil),
      };
    }),
  };
}

/** What the status route sends and the pages render first: the connection's state and its imports'. */
export async function getConnectionSyncStatus(connection: { id: string; status: "active" | "revoked" | "error" }) {
  return { connectionId: connection.id, connectionStatus: connection.status, sync: await getSyncStatus(connection.id) };
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

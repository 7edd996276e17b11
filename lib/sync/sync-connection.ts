import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { markConnectionRevoked } from "@/lib/connections";
import { getDb } from "@/lib/db";
import { MonthlyRebuilds } from "@/lib/rollups";
import { isTwilioFailure, toTwilioError, twilioClientFor, TwilioError } from "@/lib/twilio";
import { classifyStoredCalls } from "./classify-stored-calls";
import { importAccount, type ImportOptions } from "./import-account";
import { acquireLease, releaseLease, startHeartbeat } from "./lease";

export type SyncOutcome =
  | { status: "done"; calls: number }
  | { status: "skipped"; reason: "not-found" | "not-active" | "already-running" }
  | { status: "revoked" }
  | { status: "failed"; error: string };

// In this process, a second request for a connection that is syncing joins the first run.
const running = new Map<string, Promise<SyncOutcome>>();
const PROCESS_ID = `${hostname()}:${process.pid}`;

/** Imports every account of a connection; safe to call from anywhere, any number of times. */
export function syncConnection(connectionId: string, options: ImportOptions = {}): Promise<SyncOutcome> {
  const current = running.get(connectionId);
  if (current) return current;
  const run = runSync(connectionId, options).finally(() => running.delete(connectionId));
  running.set(connectionId, run);
  return run;
}

export function isSyncRunningHere(connectionId: string): boolean {
  return running.has(connectionId);
}

async function runSync(connectionId: string, options: ImportOptions): Promise<SyncOutcome> {
  const db = getDb();
  const connection = await db.twilioConnection.findUnique({ where: { id: connectionId }, include: { accounts: true } });
  if (!connection) return { status: "skipped", reason: "not-found" };
  if (connection.status !== "active") return { status: "skipped", reason: "not-active" };

  // Before any month is summed again: the stats count the number types.
  await classifyStoredCalls(connectionId);
  const client = twilioClientFor(connection.connectAccountSid);
  const owner = `${PROCESS_ID}:${randomUUID()}`;
  const abort = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal;
  const monthlyRebuilds = new MonthlyRebuilds(connectionId);
  let calls = 0;
  let leased = 0;
  let failure: Error | undefined;

  const stopHeartbeat = startHeartbeat(owner);
  await Promise.all(
    connection.accounts.map(async (account) => {
      if (!(await acquireLease(account.id, connectionId, owner))) return;
      leased += 1;
      try {
        // Awaited before adding: `calls += await …` would read `calls` before the wait and drop
        // what the other accounts added meanwhile.
        const written = await importAccount(
          client,
          { accountId: account.id, accountSid: account.sid, connectionId, leaseOwner: owner },
          { ...options, signal },
          monthlyRebuilds,
        );
        calls += written;
        await releaseLease(account.id, owner, { state: "idle" });
      } catch (error) {
        const mapped = isTwilioFailure(error) ? toTwilioError(error) : (error as Error);
        failure ??= mapped;
        abort.abort(); // one revoked or broken account stops its siblings; all resume later
        await releaseLease(account.id, owner, { state: "failed", error: mapped.message });
      }
    }),
  ).finally(stopHeartbeat);

  if (failure instanceof TwilioError && failure.isRevoked) {
    await markConnectionRevoked(connection.connectAccountSid);
    return { status: "revoked" };
  }
  if (failure) {
    await db.twilioConnection.update({
      where: { id: connectionId },
      data: { lastError: `Import failed: ${failure.message}` },
    });
    return { status: "failed", error: failure.message };
  }
  if (leased === 0 && connection.accounts.length > 0) return { status: "skipped", reason: "already-running" };
  if (!signal.aborted)
    await db.twilioConnection.update({
      where: { id: connectionId },
      data: { lastSyncedAt: new Date(), lastError: null },
    });
  return { status: "done", calls };
}

import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { runAlertsAfterImport } from "@/lib/alerts";
import { importedAccountsOf, markConnectionRevoked, refreshAccounts } from "@/lib/connections";
import { getDb } from "@/lib/db";
import { elapsedMs, logger } from "@/lib/log";
import { countImport } from "@/lib/metrics";
import { MonthlyRebuilds } from "@/lib/rollups";
import { markSpanFailed, withSpan, type Span } from "@/lib/tracing";
import { isTwilioFailure, toTwilioError, twilioClientFor, TwilioError, type ListName } from "@/lib/twilio";
import { classifyStoredCalls } from "./classify-stored-calls";
import { importUsageAndCheck } from "./account-usage";
import { importAccount, type ImportOptions } from "./import-account";
import type { UsageImportOptions } from "./usage";
import { acquireLease, releaseLease, startHeartbeat } from "./lease";

export type SyncOutcome =
  | { status: "done"; records: number }
  | { status: "skipped"; reason: "not-found" | "not-active" | "already-running" }
  | { status: "revoked" }
  | { status: "failed"; error: string };

// In this process, a second request for a connection that is syncing joins the first run.
const running = new Map<string, Promise<SyncOutcome>>();
export const PROCESS_ID = `${hostname()}:${process.pid}`;

export type SyncOptions = ImportOptions &
  Pick<UsageImportOptions, "onUsageChunk"> & {
    /** The accounts were discovered a moment ago (linking does it): skip discovering them again. */
    accountsJustDiscovered?: boolean;
  };

/** Imports every account of a connection; safe to call from anywhere, any number of times. */
export function syncConnection(connectionId: string, options: SyncOptions = {}): Promise<SyncOutcome> {
  const current = running.get(connectionId);
  if (current) return current;
  const startedAt = performance.now();
  const run = withSpan("import connection", { attributes: { "app.connection_id": connectionId } }, async (span) => {
    const outcome = await runSync(connectionId, options);
    span.setAttribute("import.outcome", outcome.status);
    if (outcome.status === "failed") markSpanFailed(span, "import_failed");
    return outcome;
  })
    .then((outcome) => {
      const { status, ...detail } = outcome;
      countImport(status);
      logger().info(
        { connectionId, step: "sync", outcome: status, ...detail, durationMs: elapsedMs(startedAt) },
        "import step",
      );
      return outcome;
    })
    .finally(() => running.delete(connectionId));
  running.set(connectionId, run);
  return run;
}

export function isSyncRunningHere(connectionId: string): boolean {
  return running.has(connectionId);
}

async function runSync(
  connectionId: string,
  { accountsJustDiscovered, ...options }: SyncOptions,
): Promise<SyncOutcome> {
  const db = getDb();
  const found = await db.twilioConnection.findUnique({ where: { id: connectionId } });
  if (!found) return { status: "skipped", reason: "not-found" };
  if (found.status !== "active") return { status: "skipped", reason: "not-active" };
  // Discovery again: subaccounts opened since appear, closed ones stop being read, and each
  // account's access is checked. Any other failure leaves the accounts as they were.
  try {
    if (!accountsJustDiscovered) await refreshAccounts(connectionId, found.connectAccountSid);
  } catch (error) {
    if (isTwilioFailure(error) && toTwilioError(error).isRevoked) {
      await markConnectionRevoked(found.connectAccountSid);
      return { status: "revoked" };
    }
    if (!isTwilioFailure(error)) throw error;
  }
  const connection = {
    ...found,
    accounts: (await db.twilioAccount.findMany({ where: importedAccountsOf(connectionId) })).map((account) => ({
      ...account,
      lists: readableLists(account),
    })),
  };

  // Before any month is summed again: the stats count the number types.
  await classifyStoredCalls(connectionId);
  const client = twilioClientFor(connection.connectAccountSid);
  const owner = `${PROCESS_ID}:${randomUUID()}`;
  const abort = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal;
  const monthlyRebuilds = new MonthlyRebuilds(connectionId);
  let records = 0;
  let leased = 0;
  let failure: Error | undefined;

  const importLeasedAccount = async (account: (typeof connection.accounts)[number], span: Span) => {
    if (!(await acquireLease(account.id, connectionId, owner))) {
      span.setAttribute("import.leased", false);
      return;
    }
    leased += 1;
    try {
      // Awaited before adding: `records += await …` would read `records` before the wait and
      // drop what the other accounts added meanwhile.
      const target = {
        accountId: account.id,
        accountSid: account.sid,
        connectionId,
        leaseOwner: owner,
        lists: account.lists,
      };
      const written = await importAccount(client, target, { ...options, signal }, monthlyRebuilds);
      records += written;
      span.setAttribute("import.records", written);
      // Usage after the calls and messages, so the check compares it with all of them.
      if (!signal.aborted) {
        const usageStartedAt = performance.now();
        await importUsageAndCheck(client, target, { ...options, signal, monthlyRebuilds });
        logger().info(
          { connectionId, accountSid: account.sid, step: "usage", durationMs: elapsedMs(usageStartedAt) },
          "import step",
        );
      }
      await releaseLease(account.id, owner, { state: "idle" });
    } catch (error) {
      const mapped = isTwilioFailure(error) ? toTwilioError(error) : (error as Error);
      logger().warn({ connectionId, accountSid: account.sid, err: mapped }, "import of an account failed");
      markSpanFailed(span, mapped.name);
      failure ??= mapped;
      abort.abort(); // one revoked or broken account stops its siblings; all resume later
      await releaseLease(account.id, owner, { state: "failed", error: mapped.message });
    }
  };

  const stopHeartbeat = startHeartbeat(owner);
  await Promise.all(
    connection.accounts.map((account) =>
      withSpan(
        "import account",
        { attributes: { "app.connection_id": connectionId, "twilio.account_sid": account.sid } },
        (span) => importLeasedAccount(account, span),
      ),
    ),
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
  if (!signal.aborted) {
    await db.twilioConnection.update({
      where: { id: connectionId },
      data: { lastSyncedAt: new Date(), lastError: null },
    });
    // Only after an import that read every window: a cut-short one could fire on missing hours.
    await runAlertsAfterImport(connectionId);
  }
  return { status: "done", records };
}

/** The lists discovery found the grant can read; all of them before the first check. */
export function readableLists(account: { callsError: string | null; messagesError: string | null }): ListName[] {
  return (["calls", "messages"] as const).filter(
    (list) => (list === "calls" ? account.callsError : account.messagesError) === null,
  );
}

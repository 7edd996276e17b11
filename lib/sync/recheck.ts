import "server-only";
import { randomUUID } from "node:crypto";
import { markConnectionRevoked } from "@/lib/connections";
import { getDb } from "@/lib/db";
import { MonthlyRebuilds } from "@/lib/rollups";
import { isTwilioFailure, toTwilioError, twilioClientFor } from "@/lib/twilio";
import { checkAccount } from "./completeness";
import { acquireLease, releaseLease, startHeartbeat } from "./lease";
import { isSyncRunningHere, PROCESS_ID, readableLists } from "./sync-connection";

export type RecheckOutcome =
  | { status: "done"; mismatched: number }
  | { status: "skipped"; reason: "not-found" | "not-active" | "already-running" }
  | { status: "revoked" }
  | { status: "failed"; error: string };

/**
 * "Check again": reads the usage of a connection's mismatched days again, imports their calls and
 * messages again, and checks them, now (a sync imports a mismatched day again at most once a
 * day). It takes the leases of the accounts concerned as a sync does, and refuses while a sync or
 * another check holds any of them ("already-running"): joining a sync would mean waiting for its
 * whole import. Returns how many days still differ.
 */
export async function recheckMismatchedDays(connectionId: string): Promise<RecheckOutcome> {
  const db = getDb();
  const connection = await db.twilioConnection.findUnique({ where: { id: connectionId } });
  if (!connection) return { status: "skipped", reason: "not-found" };
  if (connection.status !== "active") return { status: "skipped", reason: "not-active" };
  if (isSyncRunningHere(connectionId)) return { status: "skipped", reason: "already-running" };
  const mismatched = await db.completenessCheck.findMany({
    where: { connectionId, status: "mismatch" },
    distinct: ["accountSid"],
    select: { accountSid: true },
  });
  const accounts = await db.twilioAccount.findMany({
    where: { connectionId, closedAt: null, sid: { in: mismatched.map((m) => m.accountSid) } },
  });
  const owner = `${PROCESS_ID}:recheck:${randomUUID()}`;
  const leased: string[] = [];
  const stopHeartbeat = startHeartbeat(owner);
  try {
    for (const account of accounts) {
      if (!(await acquireLease(account.id, connectionId, owner)))
        return { status: "skipped", reason: "already-running" };
      leased.push(account.id);
    }
    const client = twilioClientFor(connection.connectAccountSid);
    const monthlyRebuilds = new MonthlyRebuilds(connectionId);
    let still = 0;
    for (const account of accounts) {
      const target = { accountId: account.id, accountSid: account.sid, connectionId, leaseOwner: owner };
      still += await checkAccount(
        client,
        { ...target, lists: readableLists(account) },
        { mode: "recheck", monthlyRebuilds },
      );
    }
    return { status: "done", mismatched: still };
  } catch (error) {
    if (!isTwilioFailure(error)) throw error;
    const failure = toTwilioError(error);
    if (!failure.isRevoked) return { status: "failed", error: failure.message };
    await markConnectionRevoked(connection.connectAccountSid);
    return { status: "revoked" };
  } finally {
    stopHeartbeat();
    for (const accountId of leased) await releaseLease(accountId, owner, { state: "idle" });
  }
}

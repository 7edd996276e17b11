import "server-only";
import { getDb } from "@/lib/db";
import { countLeaseTakeover } from "@/lib/metrics";

/** How long a lease outlives its last renewal: a crashed importer's account frees up after this. */
export const LEASE_TTL_SECONDS = 120;
/** How often a live importer says so, whatever its pages are doing (a 429 backoff can take a minute). */
export const HEARTBEAT_EVERY_MS = 5_000;
/** A heartbeat older than this means its process stopped: the import is interrupted. */
export const HEARTBEAT_STALE_SECONDS = 20;

/**
 * Takes the import lease of one account, in one conditional UPDATE against the database clock:
 * free, expired, held by a process whose heartbeat stopped, or already ours. Works across
 * processes and hosts. A holder that was only slow finds its lease gone at its next renewal and
 * stops; the upserts make the pages both read harmless. A lease taken from another owner is a
 * takeover, counted for the metrics: the row is locked before its owner is read, so the owner
 * returned is the one this update replaced, and of two processes racing only the winner counts.
 */
export async function acquireLease(accountId: string, connectionId: string, owner: string): Promise<boolean> {
  const db = getDb();
  await db.$executeRaw`
    INSERT INTO "AccountSync" ("accountId", "connectionId") VALUES (${accountId}, ${connectionId})
    ON CONFLICT ("accountId") DO NOTHING`;
  const taken = await db.$queryRaw<{ previousOwner: string | null }[]>`
    WITH previous AS (
      SELECT "leaseOwner" AS "previousOwner" FROM "AccountSync" WHERE "accountId" = ${accountId} FOR UPDATE
    )
    UPDATE "AccountSync"
    SET "leaseOwner" = ${owner}, "leaseUntil" = now() + make_interval(secs => ${LEASE_TTL_SECONDS}),
        "heartbeatAt" = now(), "state" = 'running', "lastStartedAt" = now(), "lastError" = NULL
    FROM previous
    WHERE "accountId" = ${accountId}
      AND ("leaseOwner" IS NULL OR "leaseUntil" < now() OR "leaseOwner" = ${owner}
           OR "heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => ${HEARTBEAT_STALE_SECONDS}))
    RETURNING previous."previousOwner"`;
  const [row] = taken;
  if (!row) return false;
  if (row.previousOwner !== null && row.previousOwner !== owner) countLeaseTakeover();
  return true;
}

/** Imports under way: leases held by a process whose heartbeat is recent (the metrics' gauge). */
export async function countRunningImports(): Promise<number> {
  const [row] = await getDb().$queryRaw<{ running: number }[]>`
    SELECT count(*)::int AS running FROM "AccountSync"
    WHERE "state" = 'running' AND "leaseUntil" > now()
      AND "heartbeatAt" > now() - make_interval(secs => ${HEARTBEAT_STALE_SECONDS})`;
  return row?.running ?? 0;
}

/** Extends our lease; false when it was lost (expired and taken over), so the caller stops. */
export async function renewLease(accountId: string, owner: string): Promise<boolean> {
  const renewed = await getDb().$executeRaw`
    UPDATE "AccountSync" SET "leaseUntil" = now() + make_interval(secs => ${LEASE_TTL_SECONDS}), "heartbeatAt" = now()
    WHERE "accountId" = ${accountId} AND "leaseOwner" = ${owner}`;
  return renewed === 1;
}

/**
 * Beats for every lease `owner` holds until the returned function is called. The timer does not
 * keep the process alive: a process that is exiting lets its imports show as interrupted.
 */
export function startHeartbeat(owner: string, everyMs = HEARTBEAT_EVERY_MS): () => void {
  const beat = () =>
    getDb().$executeRaw`UPDATE "AccountSync" SET "heartbeatAt" = now() WHERE "leaseOwner" = ${owner}`.catch(
      () => undefined,
    );
  const timer = setInterval(beat, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

export async function releaseLease(
  accountId: string,
  owner: string,
  outcome: { state: "idle" | "failed"; error?: string },
): Promise<void> {
  await getDb().accountSync.updateMany({
    where: { accountId, leaseOwner: owner },
    data: {
      leaseOwner: null,
      leaseUntil: null,
      heartbeatAt: null,
      state: outcome.state,
      lastError: outcome.error ?? null,
      lastFinishedAt: new Date(),
    },
  });
}

import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { HEARTBEAT_EVERY_MS, HEARTBEAT_STALE_SECONDS } from "./lease";

// The imports waiting for a worker (IMPORTS=worker), one ImportRequest row per connection. Every
// time is the database's clock, so workers on several hosts agree on what is stale.

/**
 * A stopped worker's request is taken over this long after its last heartbeat: two beats later
 * than its account leases go stale (the same worker beats both, on timers of its own), so the
 * worker taking over finds the leases free.
 */
export const CLAIM_STALE_SECONDS = HEARTBEAT_STALE_SECONDS + (2 * HEARTBEAT_EVERY_MS) / 1000;

/** A request no live worker holds: never claimed, or its worker's heartbeat went stale (it stopped). */
const unheld = Prisma.sql`("claimedBy" IS NULL OR "heartbeatAt" < now() - make_interval(secs => ${CLAIM_STALE_SECONDS}))`;

/** Held by no worker that beats it: a deferred request is claimed again once its heartbeat is stale. */
const DEFERRED = "deferred";

export type ClaimedImport = { connectionId: string; accountsJustDiscovered: boolean };

/** Scheduled imports: a connection is due when neither an import finished nor one ended within this. */
export const SCHEDULED_EVERY_SECONDS = 10 * 60;

/**
 * Queues an import of the connection. Asking again while one waits adds nothing; while one runs,
 * the import runs once more after it (the ask may be for calls made since it started).
 */
export async function enqueueImport(connectionId: string, accountsJustDiscovered = false): Promise<void> {
  await getDb().$executeRaw`
    INSERT INTO "ImportRequest" ("connectionId", "accountsJustDiscovered") VALUES (${connectionId}, ${accountsJustDiscovered})
    ON CONFLICT ("connectionId") DO UPDATE
    SET "requestedAt" = now(),
        "accountsJustDiscovered" = "ImportRequest"."accountsJustDiscovered" AND EXCLUDED."accountsJustDiscovered"`;
}

/**
 * Queues the scheduled imports: active connections with no import finished within
 * SCHEDULED_EVERY_SECONDS, so one that fails is retried at that pace rather than at once.
 */
export async function enqueueDueImports(): Promise<number> {
  return getDb().$executeRaw`
    INSERT INTO "ImportRequest" ("connectionId")
    SELECT c."id" FROM "TwilioConnection" c
    WHERE c."status" = 'active'
      AND (c."lastSyncedAt" IS NULL OR c."lastSyncedAt" < now() - make_interval(secs => ${SCHEDULED_EVERY_SECONDS}))
      AND NOT EXISTS (
        SELECT 1 FROM "AccountSync" s
        WHERE s."connectionId" = c."id"
          AND s."lastFinishedAt" > now() - make_interval(secs => ${SCHEDULED_EVERY_SECONDS}))
    ON CONFLICT ("connectionId") DO NOTHING`;
}

/**
 * Claims the oldest request no live worker holds. SKIP LOCKED: two workers asking at once never get the same row, nor wait on each other.
 */
export async function claimImport(worker: string): Promise<ClaimedImport | null> {
  const claimed = await getDb().$queryRaw<ClaimedImport[]>`
    UPDATE "ImportRequest" SET "claimedBy" = ${worker}, "claimedAt" = now(), "heartbeatAt" = now()
    WHERE "connectionId" = (
      SELECT "connectionId" FROM "ImportRequest"
      WHERE ${unheld}
      ORDER BY "requestedAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING "connectionId", "accountsJustDiscovered"`;
  return claimed[0] ?? null;
}

/** Beats for every request `worker` holds until the returned function is called. */
export function startClaimHeartbeat(worker: string, everyMs = HEARTBEAT_EVERY_MS): () => void {
  const timer = setInterval(() => {
    getDb().$executeRaw`UPDATE "ImportRequest" SET "heartbeatAt" = now() WHERE "claimedBy" = ${worker}`.catch(
      () => undefined,
    );
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The claimed import ended: the request goes, unless it was asked for again after the claim,
 * then it waits for the next claim. A request taken over meanwhile is the other worker's.
 */
export async function completeImport(connectionId: string, worker: string): Promise<void> {
  const db = getDb();
  const deleted = await db.$executeRaw`
    DELETE FROM "ImportRequest"
    WHERE "connectionId" = ${connectionId} AND "claimedBy" = ${worker} AND "requestedAt" <= "claimedAt"`;
  if (deleted === 0) await releaseImport(connectionId, worker);
}

/** Gives a claimed request back unfinished (the worker is stopping): the next claim resumes it. */
export async function releaseImport(connectionId: string, worker: string): Promise<void> {
  await getDb().$executeRaw`
    UPDATE "ImportRequest" SET "claimedBy" = NULL, "claimedAt" = NULL, "heartbeatAt" = NULL
    WHERE "connectionId" = ${connectionId} AND "claimedBy" = ${worker}`;
}

/**
 * Puts a request off for CLAIM_STALE_SECONDS: its import is running elsewhere (a process that
 * still holds the account leases). Claimed again sooner, it would only be skipped again.
 */
export async function deferImport(connectionId: string, worker: string): Promise<void> {
  await getDb().$executeRaw`
    UPDATE "ImportRequest" SET "claimedBy" = ${DEFERRED}, "claimedAt" = NULL, "heartbeatAt" = now()
    WHERE "connectionId" = ${connectionId} AND "claimedBy" = ${worker}`;
}

/** Requests no live worker holds: the queue depth, for monitoring. */
export async function countQueuedImports(): Promise<number> {
  const [row] = await getDb().$queryRaw<[{ waiting: number }]>`
    SELECT count(*)::int AS "waiting" FROM "ImportRequest" WHERE ${unheld}`;
  return row.waiting;
}

/** Whether an import of the connection was asked for and has not finished: queued, or claimed by a worker. */
export async function isImportRequested(connectionId: string): Promise<boolean> {
  return (await getDb().importRequest.count({ where: { connectionId } })) > 0;
}

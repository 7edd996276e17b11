import "server-only";
import { getDb } from "@/lib/db";

/** How long a lease outlives its last renewal: a crashed importer's account frees up after this. */
export const LEASE_TTL_SECONDS = 120;

/**
 * Takes the import lease of one account, in one conditional UPDATE against the database clock:
 * free, expired, or already ours. Works across processes and hosts.
 */
export async function acquireLease(accountId: string, connectionId: string, owner: string): Promise<boolean> {
  const db = getDb();
  await db.$executeRaw`
    INSERT INTO "AccountSync" ("accountId", "connectionId") VALUES (${accountId}, ${connectionId})
    ON CONFLICT ("accountId") DO NOTHING`;
  const taken = await db.$executeRaw`
    UPDATE "AccountSync"
    SET "leaseOwner" = ${owner}, "leaseUntil" = now() + make_interval(secs => ${LEASE_TTL_SECONDS}),
        "state" = 'running', "lastStartedAt" = now(), "lastError" = NULL
    WHERE "accountId" = ${accountId}
      AND ("leaseOwner" IS NULL OR "leaseUntil" < now() OR "leaseOwner" = ${owner})`;
  return taken === 1;
}

/** Extends our lease; false when it was lost (expired and taken over), so the caller stops. */
export async function renewLease(accountId: string, owner: string): Promise<boolean> {
  const renewed = await getDb().$executeRaw`
    UPDATE "AccountSync" SET "leaseUntil" = now() + make_interval(secs => ${LEASE_TTL_SECONDS})
    WHERE "accountId" = ${accountId} AND "leaseOwner" = ${owner}`;
  return renewed === 1;
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
      state: outcome.state,
      lastError: outcome.error ?? null,
      lastFinishedAt: new Date(),
    },
  });
}

import "server-only";
import { getDb } from "@/lib/db";
import { renewLease } from "./lease";
import type { SyncPlan } from "./plan";

const SAVE_EVERY_MS = 1_000;
const RENEW_EVERY_MS = 20_000;

/**
 * Saves an import's plan (its windows' cursors) and renews its lease, each at most once per
 * interval rather than after every page: a crash then re-reads at most a second of pages, which
 * the upserts make harmless. Writes are chained so an older plan never lands after a newer one.
 */
export function checkpointer(accountId: string, leaseOwner: string, plan: SyncPlan) {
  let chain: Promise<void> = Promise.resolve();
  let savedAt = 0;
  let renewedAt = Date.now();

  const enqueue = (work: () => Promise<void>) => (chain = chain.then(work));
  const save = () =>
    enqueue(async () => void (await getDb().accountSync.update({ where: { accountId }, data: { plan } })));

  return {
    /** After each page: persist when due; throws when the lease was lost to another importer. */
    async step(now = Date.now()): Promise<void> {
      if (now - savedAt >= SAVE_EVERY_MS) {
        savedAt = now;
        await save();
      }
      if (now - renewedAt >= RENEW_EVERY_MS) {
        renewedAt = now;
        await enqueue(async () => {
          if (!(await renewLease(accountId, leaseOwner)))
            throw new Error("The import lease was lost to another importer.");
        });
      }
    },
    /** Persist now (start of a run, end of a window); waits for earlier writes. */
    async now(): Promise<void> {
      savedAt = Date.now();
      await save();
    },
    settled: () => chain,
  };
}

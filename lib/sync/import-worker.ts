import "server-only";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { logger } from "@/lib/log";
import {
  claimImport,
  completeImport,
  deferImport,
  enqueueDueImports,
  releaseImport,
  startClaimHeartbeat,
  type ClaimedImport,
} from "./import-queue";
import { PROCESS_ID, syncConnection } from "./sync-connection";

export type WorkerOptions = {
  /** Aborted: no more claims; running imports stop at their next page and their requests are given back. */
  signal: AbortSignal;
  /** Connections imported at once. */
  concurrency: number;
  /** How often an idle worker looks for requests: the longest a request waits for a free worker. */
  pollMs?: number;
  /** How often it queues the scheduled imports. */
  scheduleEveryMs?: number;
};

/**
 * An import worker (`npm run worker`): claims queued imports and runs them until `signal` is
 * aborted. Any number of workers on any number of hosts share one queue; a worker that dies
 * leaves its requests to the others once its heartbeat is stale, and the per-account leases
 * keep two imports of one account from running at once.
 */
export async function runImportWorker({
  signal,
  concurrency,
  pollMs = 1_000,
  scheduleEveryMs = 60_000,
}: WorkerOptions): Promise<void> {
  const worker = `${PROCESS_ID}:${randomUUID()}`;
  const log = logger().child({ worker });
  const running = new Set<Promise<void>>();
  const stopHeartbeat = startClaimHeartbeat(worker);
  let scheduledAt = 0;
  log.info({ concurrency }, "import worker started");

  const run = async ({ connectionId, accountsJustDiscovered }: ClaimedImport) => {
    log.info({ connectionId }, "import claimed");
    try {
      const outcome = await syncConnection(connectionId, { accountsJustDiscovered, signal });
      // Cut short by the stop: the next claim resumes it from its checkpoints.
      if (signal.aborted) await releaseImport(connectionId, worker);
      else if (outcome.status === "skipped" && outcome.reason === "already-running")
        await deferImport(connectionId, worker);
      else await completeImport(connectionId, worker);
      log.info({ connectionId, outcome: outcome.status }, "import request done");
    } catch (error) {
      // Dropped rather than retried at once: the scheduled pass asks again later.
      log.error({ connectionId, err: error }, "import request failed");
      await completeImport(connectionId, worker).catch(() => undefined);
    }
  };

  try {
    while (!signal.aborted) {
      if (Date.now() - scheduledAt >= scheduleEveryMs) {
        scheduledAt = Date.now();
        await enqueueDueImports().catch((error: unknown) => log.error({ err: error }, "scheduling imports failed"));
      }
      const claimed =
        running.size < concurrency
          ? await claimImport(worker).catch((error: unknown) => {
              log.error({ err: error }, "claiming an import failed");
              return null;
            })
          : null;
      if (claimed) {
        const task = run(claimed).finally(() => running.delete(task));
        running.add(task);
        continue; // another may be waiting
      }
      await Promise.race([sleep(pollMs, undefined, { signal }).catch(() => undefined), ...running]);
    }
    log.info({ running: running.size }, "import worker stopping");
    await Promise.all(running);
  } finally {
    stopHeartbeat();
  }
  log.info("import worker stopped");
}

// npm run worker – an import worker for IMPORTS=worker: runs the imports the web processes queue
// (first imports, Refresh now) and the scheduled ones, until SIGTERM or SIGINT. Run any number of
// them, on any hosts, against the app's PostgreSQL (README, Operations → Worker mode).
import { env, exitOnInvalidEnv } from "@/lib/env";
import { runImportWorker } from "@/lib/sync";

exitOnInvalidEnv();
const { IMPORTS, IMPORT_WORKER_CONCURRENCY } = env();
if (IMPORTS !== "worker") {
  console.error(
    "npm run worker needs IMPORTS=worker, here and in the web processes: with inline, they import themselves.",
  );
  process.exit(1);
}

// Stop claiming; running imports end at their next page and give their requests back, so the
// other workers resume them at once rather than after the heartbeat goes stale.
const stop = new AbortController();
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => stop.abort());

runImportWorker({ signal: stop.signal, concurrency: IMPORT_WORKER_CONCURRENCY }).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`worker: ${error.message}`);
    process.exit(1);
  },
);

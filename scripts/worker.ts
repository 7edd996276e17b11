// npm run worker – an import worker for IMPORTS=worker: runs the imports the web processes queue
// (first imports, Refresh now) and the scheduled ones, until SIGTERM or SIGINT. Run any number of
// them, on any hosts, against the app's PostgreSQL (README, Operations → Worker mode).
import { env, exitOnInvalidEnv } from "@/lib/env";
import { serveWorkerMetrics } from "@/lib/metrics";
import { registerImportGauges, runImportWorker } from "@/lib/sync";
import { startTracing } from "@/lib/tracing";

exitOnInvalidEnv();
const settings = env();
if (settings.IMPORTS !== "worker") {
  console.error(
    "npm run worker needs IMPORTS=worker, here and in the web processes: with inline, they import themselves.",
  );
  process.exit(1);
}

async function main() {
  // The web server's instrumentation hook does this for its process; a worker has none.
  if (settings.OTEL_EXPORTER_OTLP_ENDPOINT)
    await startTracing(settings.OTEL_EXPORTER_OTLP_ENDPOINT, {
      serviceName: settings.OTEL_SERVICE_NAME,
      sampleRatio: settings.TRACES_SAMPLE_RATIO,
    });
  // Its import counters live in this process, so it answers scrapes itself.
  const metricsServer =
    settings.WORKER_METRICS_PORT === undefined ? null : await serveWorkerMetrics(settings.WORKER_METRICS_PORT);
  registerImportGauges();

  // Stop claiming; running imports end at their next page and give their requests back, so the
  // other workers resume them at once rather than after the heartbeat goes stale.
  const stop = new AbortController();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => stop.abort());

  await runImportWorker({ signal: stop.signal, concurrency: settings.IMPORT_WORKER_CONCURRENCY });
  metricsServer?.close();
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`worker: ${error.message}`);
    process.exit(1);
  },
);

import "server-only";
import { registerGauge } from "@/lib/metrics";
import { countQueuedImports } from "./import-queue";
import { countRunningImports } from "./lease";

/**
 * The import gauges, read from the database at each scrape: every process (web or worker) answers
 * the same values, so a dashboard may take them from any one instance.
 */
export function registerImportGauges(): void {
  registerGauge(
    "call_analytics_imports_running",
    "Account imports under way in any process: a lease held and a recent heartbeat.",
    countRunningImports,
  );
  registerGauge(
    "call_analytics_import_queue_depth",
    "Imports requested and held by no live worker (IMPORTS=worker; always 0 otherwise).",
    countQueuedImports,
  );
}

import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { logger } from "@/lib/log";

// The counters live on globalThis: Next may load this module more than once in one process (the
// instrumentation hook and the route handlers are bundled apart), and a scrape must see the
// counts every copy made.

/** Seconds: most windows are a page or two; a window held up by 429 backoff can take minutes. */
const WINDOW_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    recordsImported: new Counter({
      name: "call_analytics_records_imported_total",
      help: "Calls and messages read from Twilio and stored, by list.",
      labelNames: ["list"] as const,
      registers,
    }),
    twilioResponses: new Counter({
      name: "call_analytics_twilio_responses_total",
      help: "Answers to Twilio REST requests, retries included, by status class; 429 apart from the other 4xx, network_error when none came.",
      labelNames: ["status"] as const,
      registers,
    }),
    importWindows: new Histogram({
      name: "call_analytics_import_window_duration_seconds",
      help: "Time windows of calls or messages an import read to the end, by list, and how long each took.",
      labelNames: ["list"] as const,
      buckets: WINDOW_BUCKETS,
      registers,
    }),
    imports: new Counter({
      name: "call_analytics_imports_total",
      help: "Imports of a connection that ended, by outcome (done, skipped, revoked, failed).",
      labelNames: ["outcome"] as const,
      registers,
    }),
    leaseTakeovers: new Counter({
      name: "call_analytics_lease_takeovers_total",
      help: "Import leases taken from another process whose lease expired or whose heartbeat stopped.",
      registers,
    }),
  };
}

/** Every series starts at 0, so a rate or an alert has a value before the first event. */
function startAtZero(created: ReturnType<typeof createMetrics>) {
  for (const list of ["calls", "messages"]) created.recordsImported.inc({ list }, 0);
  for (const status of ["2xx", "3xx", "4xx", "429", "5xx", "network_error"]) created.twilioResponses.inc({ status }, 0);
  return created;
}

type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as unknown as { __callAnalyticsMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.__callAnalyticsMetrics ??= startAtZero(createMetrics());
  return globalForMetrics.__callAnalyticsMetrics;
}

/**
 * A gauge read when Prometheus scrapes: `collect` answers the current value (a count in the
 * database, a queue's depth). Registering a name again replaces the earlier one. A value that
 * cannot be read (the database is down) is NaN, which Prometheus stores as such: the rest of
 * the scrape still answers.
 */
export function registerGauge(name: string, help: string, collect: () => number | Promise<number>): void {
  const { registry } = metrics();
  registry.removeSingleMetric(name);
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      try {
        this.set(await collect());
      } catch (error) {
        logger().warn({ err: error, metric: name }, "metric could not be read");
        this.set(Number.NaN);
      }
    },
  });
}

/** Every metric of this process in Prometheus' text format. */
export async function metricsExposition(): Promise<{ contentType: string; text: string }> {
  const { registry } = metrics();
  return { contentType: registry.contentType, text: await registry.metrics() };
}

// GET /api/metrics – this process's metrics in Prometheus' text format, for a scraper holding
// METRICS_TOKEN
import { answerMetricsScrape } from "@/lib/metrics";
import { registerImportGauges } from "@/lib/sync";

export const dynamic = "force-dynamic";

registerImportGauges();

export const GET = answerMetricsScrape;

// GET /api/metrics – this process's metrics in Prometheus' text format, for a scraper holding
// METRICS_TOKEN
import { env } from "@/lib/env";
import { hasBearerToken, jsonError } from "@/lib/http";
import { metricsExposition, registerGauge } from "@/lib/metrics";
import { countRunningImports } from "@/lib/sync";

export const dynamic = "force-dynamic";

registerGauge(
  "call_analytics_imports_running",
  "Account imports under way in any process: a lease held and a recent heartbeat.",
  countRunningImports,
);

export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return jsonError(503, "not_configured", "Set METRICS_TOKEN to enable the metrics endpoint.");
  if (!hasBearerToken(request, token))
    return jsonError(401, "unauthorized", "Send Authorization: Bearer <METRICS_TOKEN>.");
  const { contentType, text } = await metricsExposition();
  return new Response(text, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}

import "server-only";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { hasBearerToken } from "@/lib/web";
import { metricsExposition } from "./registry";

/** The app's JSON error shape, as lib/http's jsonError writes it (which would bring Next's server into a worker). */
const errorResponse = (status: number, code: string, message: string, headers?: HeadersInit) =>
  Response.json({ error: { code, message } }, { status, headers });

/**
 * A Prometheus scrape of this process: 503 until METRICS_TOKEN is set, 401 without it as the
 * bearer token, else every metric in the text format. The web app's `/api/metrics` and the
 * worker's metrics port answer the same way.
 */
export async function answerMetricsScrape(request: Request): Promise<Response> {
  const token = env().METRICS_TOKEN;
  if (!token) return errorResponse(503, "not_configured", "Set METRICS_TOKEN to enable the metrics endpoint.");
  if (!hasBearerToken(request, token))
    return errorResponse(401, "unauthorized", "Send Authorization: Bearer <METRICS_TOKEN>.");
  const { contentType, text } = await metricsExposition();
  return new Response(text, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}

/** The worker's one page: `GET /metrics`, as `answerMetricsScrape` answers it. */
async function answerWorkerRequest(request: IncomingMessage): Promise<Response> {
  // The path alone, read as a URL against a fixed origin so that `//host/…` or `..` name nothing else.
  const path = URL.parse(request.url ?? "", "http://worker")?.pathname;
  if (path !== "/metrics") return errorResponse(404, "not_found", "The worker serves GET /metrics only.");
  if (request.method !== "GET" && request.method !== "HEAD")
    return errorResponse(405, "method_not_allowed", "The worker serves GET /metrics only.", { allow: "GET" });
  const authorization = request.headers.authorization;
  return answerMetricsScrape(
    new Request("http://worker/metrics", { headers: authorization === undefined ? {} : { authorization } }),
  );
}

/**
 * Serves `GET /metrics` on `port` (all interfaces), for an import worker, which has no web server
 * of its own: its import counters live in its process. Resolves once listening.
 */
export function serveWorkerMetrics(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    answerWorkerRequest(request)
      .catch((error: unknown) => {
        logger().error({ err: error }, "metrics scrape failed");
        return errorResponse(500, "internal", "The metrics could not be read.");
      })
      .then(async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers));
        response.end(request.method === "HEAD" ? undefined : Buffer.from(await answer.arrayBuffer()));
      });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve(server));
  });
}

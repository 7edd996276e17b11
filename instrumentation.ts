import type { Instrumentation } from "next";

// Runs once when the server starts: the configuration is checked, tracing started when an OTLP
// endpoint is set (before any query, so Prisma's are traced), then every request is logged.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, exitOnInvalidEnv } = await import("./lib/env");
  exitOnInvalidEnv();
  const { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME, TRACES_SAMPLE_RATIO } = env();
  if (endpoint) {
    const { startTracing } = await import("./lib/tracing");
    await startTracing(endpoint, { serviceName: OTEL_SERVICE_NAME, sampleRatio: TRACES_SAMPLE_RATIO });
  }
  const [{ logRequests }, { sessionUserId }] = await Promise.all([import("./lib/log"), import("./lib/auth")]);
  logRequests(sessionUserId);
}

// A render or route handler that threw: the error with the request it failed, by the same request
// id as the request's own line.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger, loggedPath } = await import("./lib/log");
  logger().error(
    {
      err: error,
      requestId: request.headers["x-request-id"],
      method: request.method,
      path: loggedPath(request.path),
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};

import "server-only";
import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { elapsedMs, logger } from "./logger";

type HttpMessage = { request: IncomingMessage; response: ServerResponse };

/** An id from a proxy or load balancer is kept when it looks like one; anything else is replaced. */
const INCOMING_ID = /^[\w.:-]{1,128}$/;

/** Path segments that are credentials themselves. */
const SECRET_SEGMENTS: [RegExp, string][] = [[/^\/invite\/[^/]+/, "/invite/[token]"]];

const started = new WeakMap<IncomingMessage, number>();

/**
 * The path a log line names: no query string (search terms, tokens, Twilio's callback values),
 * no secret path segment.
 */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] ?? "/";
  return SECRET_SEGMENTS.reduce((named, [segment, name]) => named.replace(segment, name), path);
}

/** The request's id: the one it came with (X-Request-Id) when well-formed, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === "string" && INCOMING_ID.test(header) ? header : randomUUID();
}

/**
 * One JSON line per HTTP request this process serves: method, path, status, duration, request id
 * and the signed-in user's id. Node reports every request of the server through these channels,
 * whatever in Next.js answers it (pages, route handlers, static files, the proxy's redirects).
 * The request id is set on the request before Next.js reads it, so the app sees it too, and
 * answered in X-Request-Id.
 */
export function logRequests(
  userIdOf: (cookieHeader: string | undefined) => Promise<string | null>,
  log: () => Logger = logger,
): void {
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as HttpMessage;
    const requestId = requestIdOf(request.headers["x-request-id"]);
    request.headers["x-request-id"] = requestId;
    response.setHeader("X-Request-Id", requestId);
    started.set(request, performance.now());
  });
  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as HttpMessage;
    const start = started.get(request);
    const durationMs = start === undefined ? null : elapsedMs(start);
    void userIdOf(request.headers.cookie)
      .catch(() => null)
      .then((userId) => {
        const line = {
          requestId: request.headers["x-request-id"],
          method: request.method,
          path: loggedPath(request.url),
          status: response.statusCode,
          durationMs,
          ...(userId ? { userId } : {}),
        };
        if (response.statusCode >= 500) log().error(line, "request");
        else log().info(line, "request");
      });
  });
}

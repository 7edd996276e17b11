import { NextResponse } from "next/server";
import { CROSS_ORIGIN_ERROR } from "@/lib/web";

/** The one error shape every JSON route answers with (`extra` for a client that wants more, as next-auth's does). */
export function jsonError(
  status: number,
  code: string,
  message: string,
  { headers, extra }: { headers?: HeadersInit; extra?: Record<string, unknown> } = {},
): NextResponse {
  return NextResponse.json({ ...extra, error: { code, message } }, { status, headers });
}

/**
 * A redirect to a path on this site, never elsewhere. The Location is the path alone, which the
 * browser resolves against the address it used: `request.url` names the address the server
 * listens on (`localhost`, or the standalone server's `HOSTNAME` such as `0.0.0.0`), not the
 * public one a proxy serves it at.
 */
export function redirectTo(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

/** Refused by the same-origin check: a page on another site (or no page at all) sent it. */
export function crossOriginRefused(): NextResponse {
  return jsonError(403, CROSS_ORIGIN_ERROR.code, CROSS_ORIGIN_ERROR.message);
}

/** Minutes, rounded up, for messages people read. */
function inMinutes(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/**
 * 429 with `Retry-After`: as our JSON error for fetches, or as plain text for links people
 * follow (the browser shows it as the page).
 */
export function tooManyRequests(
  retryAfterSeconds: number,
  what: string,
  format: "json" | "text" = "json",
  extra?: Record<string, unknown>,
): NextResponse {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const message = `${what} Try again in ${inMinutes(seconds)}.`;
  const headers = { "Retry-After": String(seconds), "Cache-Control": "no-store" };
  if (format === "json") return jsonError(429, "rate_limited", message, { headers, extra });
  return new NextResponse(message, {
    status: 429,
    headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
  });
}

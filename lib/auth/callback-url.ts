const ORIGIN = "http://callback.invalid";

/**
 * Where to send someone after sign-in: a path on this site only. The value is normalised first
 * (`/..//evil.example` and `/%2e%2e//evil.example` both become `//evil.example`) and only then
 * checked, so what is returned is exactly what was checked. Absolute URLs, protocol-relative
 * `//host` and backslash tricks fall back to the dashboard: no open redirect.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  const onThisSite = url.origin === ORIGIN && path.startsWith("/") && !path.startsWith("//") && !path.includes("\\");
  return onThisSite ? path : fallback;
}

/** next-auth's redirect callback: our own absolute URLs and paths through the same check, anything else to the dashboard. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
  return `${baseUrl}${safeCallbackPath(path)}`;
}

/** The names next-auth keeps the page to return to under (plain, and `__Secure-` over https). */
export const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"] as const;

/**
 * Whether next-auth can read a callback URL at all: a path, or an absolute http(s) URL. It answers
 * 500 ("server configuration") to any other in the query or in its callback-url cookie, before the
 * redirect callback (safeRedirectUrl) ever decides where it leads, so such values are stopped in
 * front of it. Mirrors next-auth's own check (core/lib/assert.js, isValidHttpUrl).
 */
export function isReadableCallbackUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? ORIGIN : undefined).protocol);
  } catch {
    return false;
  }
}

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

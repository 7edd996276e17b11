/**
 * Where to send someone after sign-in: a path on this site only. Anything else (absolute URLs,
 * protocol-relative `//host`, backslash tricks) falls back to the dashboard: no open redirect.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const url = new URL(value, "http://localhost");
    return url.origin === "http://localhost" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

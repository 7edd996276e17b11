/**
 * The address a request came from, as the proxy in front of the app reports it: `X-Real-IP`, else
 * the last `X-Forwarded-For` hop (the one our proxy added; earlier ones are the client's to
 * write). Next.js fills `X-Forwarded-For` from the socket when nothing did. Only as trustworthy
 * as that proxy: limits keyed by it are one layer among others (SECURITY.md).
 */
export function clientAddress(headers: Headers): string {
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 64);
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
  return (hops.at(-1) || "unknown").slice(0, 64);
}

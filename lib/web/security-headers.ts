export type SecurityHeaderOptions = { nonce: string; production: boolean; development: boolean };

/**
 * The Content-Security-Policy of every response. Scripts run only with this response's nonce
 * (Next.js puts it on its own scripts; the theme script in app/layout.tsx reads it), and whatever
 * those load ('strict-dynamic'): no inline script an attacker could inject. Style attributes stay
 * allowed because recharts and React's `style` props render them on the server; style elements
 * need the nonce (in production). Dev mode's refresh runtime needs eval.
 */
export function contentSecurityPolicy({ nonce, production, development }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Dev mode's hot reload injects style elements it cannot give a nonce.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(production ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Every header the app sets on every response (proxy.ts). */
export function securityHeaders(
  options: SecurityHeaderOptions,
): Record<string, string> & { "Content-Security-Policy": string } {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Addresses carry connection ids and number searches: other sites never see them.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers honour HSTS over HTTPS only; in production the app runs behind TLS.
    ...(options.production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh nonce per response: 128 random bits, as CSP asks. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

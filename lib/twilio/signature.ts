import twilio from "twilio";

/**
 * Checks an X-Twilio-Signature: HMAC-SHA1 of the full public URL plus, for form POSTs, the
 * sorted parameters, keyed with the Auth Token of the account that owns the Connect App.
 */
export function isValidTwilioSignature(input: {
  authToken: string;
  signature: string;
  url: string;
  params: Record<string, string>;
}): boolean {
  return twilio.validateRequest(input.authToken, input.signature, input.url, input.params);
}

/**
 * The URL Twilio called, as Twilio saw it. Behind a proxy the request URL is the internal one,
 * so the configured public URL wins, then the proxy's forwarded headers.
 */
export function publicRequestUrl(request: Request, publicBaseUrl: string | undefined): string {
  const url = new URL(request.url);
  const path = `${url.pathname}${url.search}`;
  if (publicBaseUrl) return `${publicBaseUrl.replace(/\/+$/, "")}${path}`;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (!host) return url.toString();
  // A forwarded host or scheme that makes no URL cannot be what Twilio signed: the request's own URL then.
  const forwarded = `${proto ?? url.protocol.replace(":", "")}://${host}${path}`;
  return URL.canParse(forwarded) ? forwarded : url.toString();
}

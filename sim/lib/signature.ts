import { createHmac } from "node:crypto";

/**
 * X-Twilio-Signature as Twilio computes it for webhooks: HMAC-SHA1 keyed with the auth token
 * over the full URL followed by each POST parameter's name and value, sorted by name; base64.
 * For GET the parameters are already part of the URL, so `params` is empty.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac("sha1", authToken).update(Buffer.from(data, "utf-8")).digest("base64");
}

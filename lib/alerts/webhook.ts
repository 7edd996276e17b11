import "server-only";
import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { guardedLookup, refused, webhookUrlProblem } from "./webhook-address";

// A webhook is one POST of JSON, signed so the receiver can tell it came from this app and was
// not replayed: X-Alert-Signature is "v1=" and the hex HMAC-SHA256, keyed with the rule's secret,
// of "<X-Alert-Timestamp>.<raw body>" (Stripe's scheme). Receivers recompute it, compare in
// constant time, and refuse timestamps more than five minutes old. Redirects are not followed
// (a 3xx is a failed attempt): a redirect would send the body somewhere nobody checked.

export const SIGNATURE_HEADER = "x-alert-signature";
export const TIMESTAMP_HEADER = "x-alert-timestamp";
export const DELIVERY_HEADER = "x-alert-delivery";
const TIMEOUT_MS = 10_000;
/** What is kept of a response: enough to see what a receiver said, never a whole page. */
export const RESPONSE_KEPT_CHARS = 1_000;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export type WebhookAnswer = { status: number; body: string };

/** Posts one signed webhook; resolves with the receiver's answer, rejects when none came. */
export function postWebhook(
  target: string,
  secret: string,
  body: string,
  deliveryId: string,
  now: Date,
): Promise<WebhookAnswer> {
  const problem = webhookUrlProblem(target);
  if (problem) return Promise.reject(refused(`The webhook URL ${problem}.`));
  const url = new URL(target);
  const timestamp = Math.floor(now.getTime() / 1000);
  const send = url.protocol === "https:" ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: "POST",
        lookup: guardedLookup,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "call-analytics-alerts/1",
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
          [DELIVERY_HEADER]: deliveryId,
        },
      },
      (response) => {
        let kept = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          kept += chunk;
          // Read no further than what is kept: a receiver cannot make the server hold a large body.
          if (kept.length >= RESPONSE_KEPT_CHARS) response.destroy();
        });
        const done = () => resolve({ status: response.statusCode ?? 0, body: kept.slice(0, RESPONSE_KEPT_CHARS) });
        response.on("end", done);
        response.on("close", done);
        response.on("error", done);
      },
    );
    request.on("error", (error) =>
      reject(error.name === "AbortError" ? new Error(`No answer within ${TIMEOUT_MS / 1000} s.`) : error),
    );
    request.end(body);
  });
}

import { twilioSignature } from "../lib/signature";
import { revoke } from "./connect";
import type { SimStore } from "./sim-store";
import type { Authorization, DeauthorizeDelivery } from "./types";

const DELIVERY_TIMEOUT_MS = 5000;

/**
 * Calls the app's Deauthorize URL like Twilio: a server-to-server request carrying AccountSid
 * and ConnectAppSid, signed with the Connect App owner's auth token. The outcome is recorded for
 * tests rather than retried.
 */
async function deliverDeauthorize(store: SimStore, authorization: Authorization): Promise<DeauthorizeDelivery> {
  const { deauthorizeUrl, deauthorizeMethod: method, authToken } = store.config;
  const params = { AccountSid: authorization.accountSid, ConnectAppSid: authorization.connectAppSid };
  const url = withQuery(deauthorizeUrl, method === "GET" ? params : {});
  const signature = twilioSignature(authToken, url, method === "POST" ? params : {});
  const delivery: DeauthorizeDelivery = {
    atSec: store.nowSec(),
    accountSid: authorization.accountSid,
    connectAppSid: authorization.connectAppSid,
    method,
    url,
    signature,
    status: null,
    error: null,
  };
  try {
    const response = await fetch(url, {
      method,
      headers: {
        "X-Twilio-Signature": signature,
        "User-Agent": "TwilioProxy/1.1",
        ...(method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
      },
      body: method === "POST" ? new URLSearchParams(params).toString() : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    delivery.status = response.status;
  } catch (error) {
    delivery.error = error instanceof Error ? error.message : String(error);
  }
  store.deliveries.push(delivery);
  return delivery;
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** Revoking from the console or the control API: deactivate, then tell the app. */
export async function revokeAndNotify(
  store: SimStore,
  accountSid: string,
): Promise<{ authorization: Authorization; delivery: DeauthorizeDelivery } | null> {
  const authorization = revoke(store, accountSid);
  return authorization ? { authorization, delivery: await deliverDeauthorize(store, authorization) } : null;
}

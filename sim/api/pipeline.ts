import { randomBytes } from "node:crypto";
import type { RouteContext } from "../http/router";
import { sendJson, sleep } from "../http/respond";
import type { SimStore } from "../store/sim-store";
import { apiRouter } from "./api-routes";
import { authenticate } from "./auth";
import { apiErrors, type ApiResult } from "./result";

/**
 * Twilio answers every request with its request id and the caller's requests in flight; the
 * generous simulator sends the count only with a 429.
 */
function send(ctx: RouteContext, store: SimStore, result: ApiResult, inFlight = 1): void {
  const traced: Record<string, string> =
    store.fidelity.responseHeaders === "always"
      ? {
          "Twilio-Request-Id": `RQ${randomBytes(16).toString("hex")}`,
          "Twilio-Concurrent-Requests": String(inFlight),
        }
      : {};
  sendJson(ctx.res, result.status, result.body, { ...traced, ...result.headers });
}

/**
 * The REST API's request path: authenticate like Twilio (401 before anything else), then the
 * faults configured for the account in the path (or the caller's account), then the handler.
 */
export async function handleApiRequest(store: SimStore, ctx: RouteContext): Promise<void> {
  const method = ctx.req.method ?? "GET";
  const grant = authenticate(store, ctx.req.headers.authorization);
  if (!grant) return send(ctx, store, apiErrors.authenticate());
  const match = apiRouter.match(method, ctx.url.pathname);
  if (match.kind === "none") return send(ctx, store, apiErrors.notFound(ctx.url.pathname));
  if (match.kind === "wrong-method") return send(ctx, store, apiErrors.methodNotAllowed(method));

  const pathAccount = match.params[0];
  const { key, settings } = store.faults.resolve(
    pathAccount ? [pathAccount, grant.principalSid] : [grant.principalSid],
  );
  const inFlight = store.faults.enter(key);
  try {
    if (settings.maxConcurrent !== null && inFlight > settings.maxConcurrent) {
      return send(ctx, store, apiErrors.tooManyRequests(inFlight), inFlight);
    }
    await sleep(settings.latencyMs);
    // One draw per fault kind, always in this order, so rates stay independent and replayable.
    const [drop, serverError, tooMany, which] = [
      store.faults.roll(),
      store.faults.roll(),
      store.faults.roll(),
      store.faults.roll(),
    ];
    if (drop < settings.dropRate) {
      ctx.req.socket.destroy();
      return;
    }
    if (serverError < settings.rate5xx)
      return send(ctx, store, which < 0.5 ? apiErrors.serverError() : apiErrors.unavailable(), inFlight);
    if (tooMany < settings.rate429) return send(ctx, store, apiErrors.tooManyRequests(inFlight), inFlight);
    if (settings.denied && pathAccount) return send(ctx, store, apiErrors.notFound(ctx.url.pathname), inFlight);
    const result = match.handler({ store, grant, url: ctx.url, params: match.params, nowSec: store.nowSec() });
    await sleep(settings.slowPageMsPerItem * (result.items ?? 0));
    send(ctx, store, result, inFlight);
  } finally {
    store.faults.leave(key);
  }
}

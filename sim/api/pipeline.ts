import type { RouteContext } from "../http/router";
import { sendJson, sleep } from "../http/respond";
import type { SimStore } from "../store/sim-store";
import { apiRouter } from "./api-routes";
import { authenticate } from "./auth";
import { apiErrors, type ApiResult } from "./result";

function send(ctx: RouteContext, result: ApiResult): void {
  sendJson(ctx.res, result.status, result.body, result.headers);
}

/**
 * The REST API's request path: authenticate like Twilio (401 before anything else), then the
 * faults configured for the account in the path (or the caller's account), then the handler.
 */
export async function handleApiRequest(store: SimStore, ctx: RouteContext): Promise<void> {
  const method = ctx.req.method ?? "GET";
  const grant = authenticate(store, ctx.req.headers.authorization);
  if (!grant) return send(ctx, apiErrors.authenticate());
  const match = apiRouter.match(method, ctx.url.pathname);
  if (match.kind === "none") return send(ctx, apiErrors.notFound(ctx.url.pathname));
  if (match.kind === "wrong-method") return send(ctx, apiErrors.methodNotAllowed(method));

  const pathAccount = match.params[0];
  const { key, settings } = store.faults.resolve(
    pathAccount ? [pathAccount, grant.principalSid] : [grant.principalSid],
  );
  const inFlight = store.faults.enter(key);
  try {
    if (settings.maxConcurrent !== null && inFlight > settings.maxConcurrent) {
      return send(ctx, apiErrors.tooManyRequests(inFlight));
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
      return send(ctx, which < 0.5 ? apiErrors.serverError() : apiErrors.unavailable());
    if (tooMany < settings.rate429) return send(ctx, apiErrors.tooManyRequests(inFlight));
    const result = match.handler({ store, grant, url: ctx.url, params: match.params, nowSec: store.nowSec() });
    await sleep(settings.slowPageMsPerItem * (result.items ?? 0));
    send(ctx, result);
  } finally {
    store.faults.leave(key);
  }
}

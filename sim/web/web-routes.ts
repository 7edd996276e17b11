import { readForm, redirect, sendHtml } from "../http/respond";
import { Router, type RouteContext } from "../http/router";
import { approve, declineRedirect } from "../store/connect";
import { revokeAndNotify } from "../store/deauthorize";
import type { SimStore } from "../store/sim-store";
import { authorizePage, notFoundPage } from "./authorize-page";
import { consolePage } from "./console-page";

export interface WebContext extends RouteContext {
  store: SimStore;
}

function isKnownApp(ctx: WebContext): boolean {
  if (ctx.params[0] === ctx.store.config.connectAppSid) return true;
  sendHtml(ctx.res, 404, notFoundPage(`There is no Connect App ${ctx.params[0] ?? ""}.`));
  return false;
}

export const webRouter = new Router<WebContext>()
  .on("GET", /^\/(?:console)?$/, (ctx) => sendHtml(ctx.res, 200, consolePage(ctx.store)))
  // GET /authorize/{ConnectAppSid}?state=… – the consent screen the Connect button opens
  .on("GET", /^\/authorize\/([^/]+)$/, (ctx) => {
    if (!isKnownApp(ctx)) return;
    const users = [...ctx.store.users.values()];
    sendHtml(ctx.res, 200, authorizePage(ctx.store.config, users, ctx.url.searchParams.get("state")));
  })
  // POST /authorize/{ConnectAppSid} – Authorize or Deny, then back to the app's Authorize URL
  .on("POST", /^\/authorize\/([^/]+)$/, async (ctx) => {
    if (!isKnownApp(ctx)) return;
    const form = await readForm(ctx.req);
    const state = form.get("state");
    if (form.get("decision") === "deny") return redirect(ctx.res, declineRedirect(ctx.store, state));
    const user = ctx.store.users.get(form.get("user") ?? "");
    if (!user) {
      const users = [...ctx.store.users.values()];
      return sendHtml(
        ctx.res,
        400,
        authorizePage(ctx.store.config, users, state, "Choose the Twilio user to sign in as."),
      );
    }
    redirect(ctx.res, approve(ctx.store, user, state).redirectUrl);
  })
  .on("POST", /^\/console\/authorizations\/(AC[0-9a-fA-F]{32})\/revoke$/, async (ctx) => {
    await revokeAndNotify(ctx.store, ctx.params[0] ?? "");
    redirect(ctx.res, "/", 303);
  });

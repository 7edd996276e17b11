import type { SimStore } from "./sim-store";
import type { Authorization, SimUser } from "./types";

/**
 * What "Authorize" on Twilio's page does: create (or reuse) the app's subaccount inside the
 * user's account and grant the app's permissions on it. Returns the browser's next stop.
 */
export function approve(
  store: SimStore,
  user: SimUser,
  state: string | null,
): { authorization: Authorization; redirectUrl: string } {
  const account = store.connectSubaccount(user);
  const previous = store.authorizations.get(account.sid);
  const authorization: Authorization = {
    accountSid: account.sid,
    connectAppSid: store.config.connectAppSid,
    userId: user.id,
    permissions: [...store.config.connectAppPermissions],
    active: true,
    createdSec: previous?.active ? previous.createdSec : store.nowSec(),
    revokedSec: null,
  };
  store.authorizations.set(account.sid, authorization);
  return { authorization, redirectUrl: authorizeRedirect(store, { AccountSid: account.sid }, state) };
}

export function declineRedirect(store: SimStore, state: string | null): string {
  return authorizeRedirect(store, { error: "unauthorized_client" }, state);
}

/** Deactivates the grant; the caller then notifies the app's Deauthorize URL. */
export function revoke(store: SimStore, accountSid: string): Authorization | null {
  const authorization = store.authorizations.get(accountSid);
  if (!authorization?.active) return null;
  authorization.active = false;
  authorization.revokedSec = store.nowSec();
  return authorization;
}

function authorizeRedirect(store: SimStore, params: Record<string, string>, state: string | null): string {
  const url = new URL(store.config.authorizeRedirectUrl);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  if (state !== null) url.searchParams.set("state", state);
  return url.toString();
}

import { isoSeconds } from "../lib/twilio-time";
import type { SimStore } from "../store/sim-store";
import type { Authorization, DeauthorizeDelivery, SimAccount, SimUser } from "../store/types";
import type { AccountView, AuthorizationView, DeliveryView, SimState, UserView } from "./types";

export function accountView(account: SimAccount): AccountView {
  return {
    sid: account.sid,
    friendlyName: account.friendlyName,
    ownerAccountSid: account.ownerAccountSid,
    type: account.type,
    status: account.status,
    authToken: account.authToken,
    connectAppSid: account.connectAppSid,
    calls: account.calls.generatedCount + account.calls.addedCount,
    messages: account.messages.generatedCount + account.messages.addedCount,
    historyStart: isoSeconds(account.historyStartSec),
  };
}

export function userView(store: SimStore, user: SimUser): UserView {
  const { id, name, email, ownerAccountSid, timeZone, country } = user;
  return {
    id,
    name,
    email,
    ownerAccountSid,
    timeZone,
    country,
    accounts: store.accountTree(ownerAccountSid).map(accountView),
  };
}

export function authorizationView(store: SimStore, a: Authorization): AuthorizationView {
  return {
    accountSid: a.accountSid,
    connectAppSid: a.connectAppSid,
    userId: a.userId,
    email: store.users.get(a.userId)?.email ?? "",
    permissions: a.permissions,
    active: a.active,
    createdAt: isoSeconds(a.createdSec),
    revokedAt: a.revokedSec === null ? null : isoSeconds(a.revokedSec),
  };
}

export function deliveryView(d: DeauthorizeDelivery): DeliveryView {
  const { atSec, ...rest } = d;
  return { at: isoSeconds(atSec), ...rest };
}

export function stateView(store: SimStore): SimState {
  const { config } = store;
  return {
    now: isoSeconds(store.nowSec()),
    connectApp: {
      sid: config.connectAppSid,
      name: config.connectAppName,
      company: config.connectAppCompany,
      permissions: config.connectAppPermissions,
      authToken: config.authToken,
      authorizeRedirectUrl: config.authorizeRedirectUrl,
      deauthorizeUrl: config.deauthorizeUrl,
      deauthorizeMethod: config.deauthorizeMethod,
    },
    users: [...store.users.values()].map((u) => userView(store, u)),
    authorizations: [...store.authorizations.values()].map((a) => authorizationView(store, a)),
    deauthorizeDeliveries: store.deliveries.map(deliveryView),
    faults: { defaults: store.faults.defaults, accounts: store.faults.snapshot() },
    fidelity: store.fidelity,
  };
}

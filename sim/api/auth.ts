import { timingSafeEqual } from "node:crypto";
import type { SimStore } from "../store/sim-store";

/** Who is calling and which accounts those credentials may read. */
export interface Grant {
  principalSid: string;
  visible: ReadonlySet<string>;
  viaConnect: boolean;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function parseBasic(header: string | undefined): { username: string; password: string } | null {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? "");
  if (!m?.[1]) return null;
  const decoded = Buffer.from(m[1], "base64").toString("utf-8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Whether an active get-all authorization inside this main account lets the Connect App act as
 * the main account itself: how the app lists the owner's subaccounts when Accounts.json, asked as
 * the connect subaccount, names only that subaccount. Twilio does not document this either way;
 * the app records what each way of discovery answered.
 */
function grantsTree(store: SimStore, account: { sid: string; ownerAccountSid: string }): boolean {
  if (account.ownerAccountSid !== account.sid) return false;
  return [...store.authorizations.values()].some(
    (a) =>
      a.active &&
      a.permissions.includes("get-all") &&
      store.accounts.get(a.accountSid)?.ownerAccountSid === account.sid,
  );
}

/**
 * Twilio's ways in: a connect subaccount SID with the Connect App owner's auth token while
 * the user's authorization is active (get-all reaches the user's whole account tree), the owner
 * account's SID with that token under such an authorization, or an account's own SID and auth
 * token (a main account also reaches its subaccounts).
 */
export function authenticate(store: SimStore, header: string | undefined): Grant | null {
  const credentials = parseBasic(header);
  const account = credentials ? store.accounts.get(credentials.username) : undefined;
  if (!credentials || !account) return null;
  const authorization = store.authorizations.get(account.sid);
  if (authorization?.active && sameSecret(credentials.password, store.config.authToken)) {
    const tree = authorization.permissions.includes("get-all") ? store.accountTree(account.ownerAccountSid) : [account];
    return { principalSid: account.sid, visible: new Set(tree.map((a) => a.sid)), viaConnect: true };
  }
  if (sameSecret(credentials.password, store.config.authToken) && grantsTree(store, account)) {
    return {
      principalSid: account.sid,
      visible: new Set(store.accountTree(account.sid).map((a) => a.sid)),
      viaConnect: true,
    };
  }
  if (!sameSecret(credentials.password, account.authToken)) return null;
  const isMain = account.ownerAccountSid === account.sid;
  const tree = isMain ? store.accountTree(account.sid) : [account];
  return { principalSid: account.sid, visible: new Set(tree.map((a) => a.sid)), viaConnect: false };
}

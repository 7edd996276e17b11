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
 * Twilio's two ways in: a connect subaccount SID with the Connect App owner's auth token while
 * the user's authorization is active (get-all reaches the user's whole account tree), or an
 * account's own SID and auth token (a main account also reaches its subaccounts).
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
  if (!sameSecret(credentials.password, account.authToken)) return null;
  const isMain = account.ownerAccountSid === account.sid;
  const tree = isMain ? store.accountTree(account.sid) : [account];
  return { principalSid: account.sid, visible: new Set(tree.map((a) => a.sid)), viaConnect: false };
}

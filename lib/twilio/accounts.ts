import type twilio from "twilio";
import { toTwilioError } from "./errors";

export type DiscoveredAccount = {
  sid: string;
  ownerAccountSid: string;
  friendlyName: string;
  status: string;
  type: string | null;
  isConnectSubaccount: boolean;
};

export type Discovery = {
  /** The account holder's main account: its owner is itself. */
  ownerAccountSid: string;
  ownerFriendlyName: string;
  accounts: DiscoveredAccount[];
};

/**
 * Verifies the grant with one request (a revoked or forged AccountSid fails here with
 * 401/20003), then lists every account the grant can read: the owner account, its subaccounts
 * and our connect subaccount, whose own call log is usually empty.
 */
export async function discoverAccounts(client: twilio.Twilio, connectAccountSid: string): Promise<Discovery> {
  try {
    const connect = await client.api.v2010.accounts(connectAccountSid).fetch();
    const listed = await client.api.v2010.accounts.list({ pageSize: 1000, limit: 20_000 });
    const bySid = new Map<string, DiscoveredAccount>();
    for (const account of [connect, ...listed]) {
      bySid.set(account.sid, {
        sid: account.sid,
        ownerAccountSid: account.ownerAccountSid,
        friendlyName: account.friendlyName,
        status: account.status,
        type: account.type ?? null,
        isConnectSubaccount: account.sid === connectAccountSid,
      });
    }
    const ownerAccountSid = connect.ownerAccountSid;
    const owner = bySid.get(ownerAccountSid);
    return {
      ownerAccountSid,
      ownerFriendlyName: owner?.friendlyName ?? connect.friendlyName,
      accounts: [...bySid.values()].sort(
        (a, b) => rank(a, ownerAccountSid) - rank(b, ownerAccountSid) || a.friendlyName.localeCompare(b.friendlyName),
      ),
    };
  } catch (error) {
    throw toTwilioError(error);
  }
}

// Owner first, then subaccounts, our connect subaccount last.
function rank(account: DiscoveredAccount, ownerSid: string): number {
  if (account.sid === ownerSid) return 0;
  return account.isConnectSubaccount ? 2 : 1;
}

import type twilio from "twilio";
import type { AccountInstance } from "twilio/lib/rest/api/v2010/account";
import { probeAccess, type AccountAccess } from "./access";
import { shortTwilioError, toTwilioError, TwilioError } from "./errors";

/** The four answers discovery asks for; an account is kept if any of them names it. */
export const ACCOUNT_SOURCES = ["connect-record", "owner-record", "accounts-list", "owner-subaccounts"] as const;
export type AccountSource = (typeof ACCOUNT_SOURCES)[number];

export type DiscoveredAccount = {
  sid: string;
  ownerAccountSid: string;
  friendlyName: string;
  status: string;
  type: string | null;
  isConnectSubaccount: boolean;
  foundBy: AccountSource[];
  /** What the grant reads in it; null when not known: closed (not asked), or Twilio did not answer. */
  access: AccountAccess | null;
};

type SourceAnswer = { accounts: number; error?: never } | { error: string; accounts?: never };

export type Discovery = {
  /** The account holder's main account: its owner is itself. */
  ownerAccountSid: string;
  ownerFriendlyName: string;
  accounts: DiscoveredAccount[];
  /** How many accounts each source named, or its error ("20003 not authorized"). */
  sources: Partial<Record<AccountSource, SourceAnswer>>;
  /** Every source answered: an account none of them named is gone. */
  complete: boolean;
};

export type DiscoveryOptions = {
  /** Accounts list page size; Twilio's maximum is 1000. */
  pageSize?: number;
  /** Access checks at once. */
  concurrency?: number;
};

/** A client acting as `accountSid` with the Connect App's credentials. */
export type ClientFor = (accountSid: string) => twilio.Twilio;

const MAX_ACCOUNTS = 20_000;

/**
 * Finds every account of the person who authorized the Connect App without trusting any one
 * answer: `Accounts.json` may list only the connect subaccount (Twilio documents it as "accounts
 * belonging to the account used to make the request"). So discovery fetches the connect
 * subaccount's record (a revoked or forged AccountSid fails here with 401/20003), follows its
 * `owner_account_sid` to the owner's record, lists the owner's subaccounts as the owner, and
 * merges those with `Accounts.json`. Every source but the first may fail; each account then gets
 * an access check of its calls and messages lists.
 */
export async function discoverAccounts(
  clientFor: ClientFor,
  connectAccountSid: string,
  options: DiscoveryOptions = {},
): Promise<Discovery> {
  const client = clientFor(connectAccountSid);
  let connect: AccountInstance;
  try {
    connect = await client.api.v2010.accounts(connectAccountSid).fetch();
  } catch (error) {
    throw toTwilioError(error);
  }
  const ownerSid = connect.ownerAccountSid;
  const pageSize = options.pageSize ?? 1000;
  const list = (as: twilio.Twilio) => as.api.v2010.accounts.list({ pageSize, limit: MAX_ACCOUNTS });
  // In ACCOUNT_SOURCES order, asked at once; each failure is caught where it is made, so none
  // goes unhandled while another is awaited.
  const answer = (request: Promise<AccountInstance[]>) => request.catch((error: unknown) => toTwilioError(error));
  const none = Promise.resolve([]);
  const answers = await Promise.all([
    answer(Promise.resolve([connect])),
    answer(ownerSid === connectAccountSid ? none : fetchOne(client, ownerSid)),
    answer(list(client)),
    answer(ownerSid === connectAccountSid ? none : list(clientFor(ownerSid))),
  ]);

  const found = new Map<string, DiscoveredAccount>();
  const sources: Discovery["sources"] = {};
  ACCOUNT_SOURCES.forEach((source, n) => {
    const accounts = answers[n] ?? [];
    if (accounts instanceof TwilioError) {
      sources[source] = { error: shortTwilioError(accounts) };
      return;
    }
    sources[source] = { accounts: accounts.length };
    for (const account of accounts) {
      // Only the connected person's own tree: nothing else is theirs to import.
      if (account.ownerAccountSid !== ownerSid) continue;
      const known = found.get(account.sid);
      if (known) known.foundBy.push(source);
      else found.set(account.sid, fromInstance(account, connectAccountSid, source));
    }
  });

  const accounts = [...found.values()];
  await forEachLimited(accounts, options.concurrency ?? 8, async (account) => {
    if (account.status !== "closed") account.access = await probeAccess(client, account.sid).catch(() => null);
  });
  const owner = found.get(ownerSid);
  return {
    ownerAccountSid: ownerSid,
    ownerFriendlyName: owner?.friendlyName ?? connect.friendlyName,
    accounts: accounts.sort(
      (a, b) => rank(a, ownerSid) - rank(b, ownerSid) || a.friendlyName.localeCompare(b.friendlyName),
    ),
    sources,
    complete: answers.every((answer) => !(answer instanceof TwilioError)),
  };
}

async function fetchOne(client: twilio.Twilio, accountSid: string): Promise<AccountInstance[]> {
  return [await client.api.v2010.accounts(accountSid).fetch()];
}

function fromInstance(account: AccountInstance, connectAccountSid: string, source: AccountSource): DiscoveredAccount {
  return {
    sid: account.sid,
    ownerAccountSid: account.ownerAccountSid,
    friendlyName: account.friendlyName,
    status: account.status,
    type: account.type ?? null,
    isConnectSubaccount: account.sid === connectAccountSid,
    foundBy: [source],
    access: null,
  };
}

async function forEachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}

// Owner first, then subaccounts, our connect subaccount last.
function rank(account: DiscoveredAccount, ownerSid: string): number {
  if (account.sid === ownerSid) return 0;
  return account.isConnectSubaccount ? 2 : 1;
}

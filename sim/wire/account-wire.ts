import { rfc2822 } from "../lib/twilio-time";
import type { SimAccount } from "../store/types";
import { subresourceUris } from "./json-text";

/** An Account as api.twilio.com serializes it (schema api.v2010.account). */
export interface WireAccount {
  auth_token: string | null;
  date_created: string;
  date_updated: string;
  friendly_name: string;
  owner_account_sid: string;
  sid: string;
  status: SimAccount["status"];
  subresource_uris: Record<string, string>;
  type: SimAccount["type"];
  uri: string;
}

const ACCOUNT_SUBRESOURCES = {
  available_phone_numbers: "AvailablePhoneNumbers",
  calls: "Calls",
  conferences: "Conferences",
  incoming_phone_numbers: "IncomingPhoneNumbers",
  notifications: "Notifications",
  outgoing_caller_ids: "OutgoingCallerIds",
  recordings: "Recordings",
  transcriptions: "Transcriptions",
  addresses: "Addresses",
  signing_keys: "SigningKeys",
  connect_apps: "ConnectApps",
  sip: "SIP",
  authorized_connect_apps: "AuthorizedConnectApps",
  usage: "Usage",
  keys: "Keys",
  applications: "Applications",
  short_codes: "SMS/ShortCodes",
  queues: "Queues",
  messages: "Messages",
  balance: "Balance",
};

/** `revealToken`: only the account's own credentials see its auth token, never a Connect App. */
export function accountToWire(account: SimAccount, revealToken: boolean): WireAccount {
  const base = `/2010-04-01/Accounts/${account.sid}`;
  return {
    auth_token: revealToken ? account.authToken : null,
    date_created: rfc2822(account.createdSec),
    date_updated: rfc2822(account.createdSec),
    friendly_name: account.friendlyName,
    owner_account_sid: account.ownerAccountSid,
    sid: account.sid,
    status: account.status,
    subresource_uris: subresourceUris(base, ACCOUNT_SUBRESOURCES),
    type: account.type,
    uri: `${base}.json`,
  };
}

import type { ConnectPermission } from "../config";
import type { AccountProfile } from "../data/account-profile";
import type { CallRecord } from "../data/call-record";
import type { CountryCode } from "../data/countries";
import type { MessageRecord } from "../data/message-record";
import type { RecordLog } from "../data/record-log";
import type { UsageLedger } from "../data/usage-ledger";

export interface AccountSpec {
  friendlyName: string;
  calls: number;
  messages: number;
}

export interface UserSpec {
  name: string;
  email: string;
  country: CountryCode;
  timeZone: string;
  historyDays: number;
  type: "Full" | "Trial";
  owner: AccountSpec;
  subaccounts: AccountSpec[];
}

/** A person who can sign in on the authorize page; owns one Twilio account tree. */
export interface SimUser {
  id: string;
  name: string;
  email: string;
  ownerAccountSid: string;
  timeZone: string;
  country: CountryCode;
}

export interface SimAccount {
  sid: string;
  ownerAccountSid: string;
  userId: string;
  friendlyName: string;
  status: "active" | "suspended" | "closed";
  type: "Full" | "Trial";
  authToken: string;
  createdSec: number;
  /** Set on the subaccount that Connect creates for an app inside the user's account. */
  connectAppSid: string | null;
  historyStartSec: number;
  profile: AccountProfile;
  calls: RecordLog<CallRecord>;
  messages: RecordLog<MessageRecord>;
  /** Usage from the calls and messages, per UTC day. */
  usage: UsageLedger;
}

/** Keyed by the connect subaccount SID, which is what the app authenticates with. */
export interface Authorization {
  accountSid: string;
  connectAppSid: string;
  userId: string;
  permissions: ConnectPermission[];
  active: boolean;
  createdSec: number;
  revokedSec: number | null;
}

export interface DeauthorizeDelivery {
  atSec: number;
  accountSid: string;
  connectAppSid: string;
  method: "POST" | "GET";
  url: string;
  signature: string;
  status: number | null;
  error: string | null;
}

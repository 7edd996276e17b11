import type { WireRecord } from "@/lib/twilio";
import { partyOf } from "./parties";
import { decimal, text, time } from "./wire-values";

/** What calls and messages share: identity, parties and their countries, timestamps, price. */
export type CommonFields = {
  sid: string;
  accountSid: string;
  direction: string;
  status: string;
  from: string;
  to: string;
  fromCountry: string | null;
  toCountry: string | null;
  dateCreated: string;
  dateUpdated: string;
  price: string | null;
  priceUnit: string | null;
};

export function commonFields(record: WireRecord): CommonFields {
  const dateCreated = time(record.date_created) ?? new Date(0).toISOString();
  const from = text(record.from) ?? "";
  const to = text(record.to) ?? "";
  return {
    sid: String(record.sid),
    accountSid: String(record.account_sid),
    direction: text(record.direction) ?? "unknown",
    status: text(record.status) ?? "unknown",
    from,
    to,
    fromCountry: partyOf(from).country,
    toCountry: partyOf(to).country,
    dateCreated,
    dateUpdated: time(record.date_updated) ?? dateCreated,
    price: decimal(record.price),
    priceUnit: text(record.price_unit),
  };
}

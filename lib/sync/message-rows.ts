import type { WireRecord } from "@/lib/twilio/list-page";
import { countryOf } from "./countries";
import { decimal, integer, text, time } from "./wire-values";

/** A message's metadata as the import writes it; the body is never read. */
export type MessageRow = {
  sid: string;
  accountSid: string;
  direction: string;
  status: string;
  from: string;
  to: string;
  fromCountry: string | null;
  toCountry: string | null;
  dateSent: string;
  dateCreated: string;
  dateUpdated: string;
  numSegments: number | null;
  numMedia: number | null;
  price: string | null;
  priceUnit: string | null;
  errorCode: number | null;
  messagingServiceSid: string | null;
};

export function toMessageRow(message: WireRecord): MessageRow {
  const dateCreated = time(message.date_created) ?? new Date(0).toISOString();
  const from = text(message.from) ?? "";
  const to = text(message.to) ?? "";
  return {
    sid: String(message.sid),
    accountSid: String(message.account_sid),
    direction: text(message.direction) ?? "unknown",
    status: text(message.status) ?? "unknown",
    from,
    to,
    fromCountry: countryOf(from),
    toCountry: countryOf(to),
    dateSent: time(message.date_sent) ?? dateCreated,
    dateCreated,
    dateUpdated: time(message.date_updated) ?? dateCreated,
    numSegments: integer(message.num_segments),
    numMedia: integer(message.num_media),
    price: decimal(message.price),
    priceUnit: text(message.price_unit),
    errorCode: integer(message.error_code),
    messagingServiceSid: text(message.messaging_service_sid),
  };
}

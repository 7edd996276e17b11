import type { WireRecord } from "@/lib/twilio/list-page";
import { countryOf } from "./countries";
import { decimal, integer, text, time } from "./wire-values";

/** A call as the import writes it: Twilio's strings parsed once, countries derived. */
export type CallRow = {
  sid: string;
  accountSid: string;
  parentCallSid: string | null;
  direction: string;
  status: string;
  from: string;
  to: string;
  fromCountry: string | null;
  toCountry: string | null;
  startTime: string;
  endTime: string | null;
  dateCreated: string;
  dateUpdated: string;
  duration: number | null;
  price: string | null;
  priceUnit: string | null;
  answeredBy: string | null;
  queueTime: number | null;
  callerName: string | null;
  forwardedFrom: string | null;
};

export function toCallRow(call: WireRecord): CallRow {
  const dateCreated = time(call.date_created) ?? new Date(0).toISOString();
  const from = text(call.from) ?? "";
  const to = text(call.to) ?? "";
  return {
    sid: String(call.sid),
    accountSid: String(call.account_sid),
    parentCallSid: text(call.parent_call_sid),
    direction: text(call.direction) ?? "unknown",
    status: text(call.status) ?? "unknown",
    from,
    to,
    fromCountry: countryOf(from),
    toCountry: countryOf(to),
    // A call that has not started yet is placed at its creation time, so it still lands in a range.
    startTime: time(call.start_time) ?? dateCreated,
    endTime: time(call.end_time),
    dateCreated,
    dateUpdated: time(call.date_updated) ?? dateCreated,
    duration: integer(call.duration),
    price: decimal(call.price),
    priceUnit: text(call.price_unit),
    answeredBy: text(call.answered_by),
    queueTime: integer(call.queue_time),
    callerName: text(call.caller_name),
    forwardedFrom: text(call.forwarded_from),
  };
}

import type { WireCall } from "@/lib/twilio/calls-page";
import { countryOf } from "./countries";

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

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** RFC 2822 ("Tue, 10 Aug 2010 08:02:17 +0000") to ISO; null when absent or unreadable. */
function time(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function integer(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? Math.round(parsed) : null;
}

// Twilio sends `price` as a decimal string ("-0.01300"); kept as text so no cent is lost to floats.
function decimal(value: unknown): string | null {
  return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? value : null;
}

export function toCallRow(call: WireCall): CallRow {
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

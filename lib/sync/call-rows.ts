import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
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

function iso(value: Date | null | undefined): string | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
}

function integer(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? Math.round(parsed) : null;
}

// Twilio sends `price` as a decimal string ("-0.01300"); kept as text so no cent is lost to floats.
function decimal(value: string | null | undefined): string | null {
  return value !== null && value !== undefined && /^-?\d+(\.\d+)?$/.test(value) ? value : null;
}

export function toCallRow(call: CallInstance): CallRow {
  const dateCreated = iso(call.dateCreated) ?? new Date(0).toISOString();
  return {
    sid: call.sid,
    accountSid: call.accountSid,
    parentCallSid: call.parentCallSid ?? null,
    direction: call.direction ?? "unknown",
    status: call.status ?? "unknown",
    from: call.from ?? "",
    to: call.to ?? "",
    fromCountry: countryOf(call.from),
    toCountry: countryOf(call.to),
    // A call that has not started yet is placed at its creation time, so it still lands in a range.
    startTime: iso(call.startTime) ?? dateCreated,
    endTime: iso(call.endTime),
    dateCreated,
    dateUpdated: iso(call.dateUpdated) ?? dateCreated,
    duration: integer(call.duration),
    price: decimal(call.price),
    priceUnit: call.priceUnit ?? null,
    answeredBy: call.answeredBy ?? null,
    queueTime: integer(call.queueTime),
    callerName: call.callerName ?? null,
    forwardedFrom: call.forwardedFrom ?? null,
  };
}

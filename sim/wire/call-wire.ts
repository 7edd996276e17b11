import { callStateAt, type CallRecord, type CallStatus } from "../data/call-record";
import { formatNumber } from "../data/countries";
import { rfc2822 } from "../lib/twilio-time";

/** A Call exactly as api.twilio.com serializes it (schema api.v2010.account.call). */
export interface WireCall {
  sid: string;
  date_created: string | null;
  date_updated: string | null;
  parent_call_sid: string | null;
  account_sid: string;
  to: string;
  to_formatted: string;
  from: string;
  from_formatted: string;
  phone_number_sid: string | null;
  status: CallStatus;
  start_time: string | null;
  end_time: string | null;
  duration: string | null;
  price: string | null;
  price_unit: string;
  direction: string;
  answered_by: string | null;
  api_version: string;
  forwarded_from: string | null;
  group_sid: string | null;
  caller_name: string | null;
  queue_time: string;
  trunk_sid: string | null;
  uri: string;
  subresource_uris: Record<string, string>;
}

const CALL_SUBRESOURCES = {
  notifications: "Notifications",
  recordings: "Recordings",
  payments: "Payments",
  events: "Events",
  siprec: "Siprec",
  streams: "Streams",
  transcriptions: "Transcriptions",
  user_defined_message_subscriptions: "UserDefinedMessageSubscriptions",
  user_defined_messages: "UserDefinedMessages",
};

export function subresourceUris(base: string, names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([key, path]) => [key, `${base}/${path}.json`]));
}

export function callToWire(call: CallRecord, nowSec: number): WireCall {
  const state = callStateAt(call, nowSec);
  const base = `/2010-04-01/Accounts/${call.accountSid}/Calls/${call.sid}`;
  return {
    sid: call.sid,
    date_created: rfc2822(call.createdSec),
    date_updated: rfc2822(state.updatedSec),
    parent_call_sid: call.parentCallSid,
    account_sid: call.accountSid,
    to: call.to,
    to_formatted: formatNumber(call.to),
    from: call.from,
    from_formatted: formatNumber(call.from),
    phone_number_sid: call.phoneNumberSid,
    status: state.status,
    start_time: rfc2822(call.startSec),
    end_time: state.endSec === null ? null : rfc2822(state.endSec),
    duration: state.durationSec === null ? null : String(state.durationSec),
    price: state.price,
    price_unit: "USD",
    direction: call.direction,
    answered_by: call.answeredBy,
    api_version: "2010-04-01",
    forwarded_from: call.forwardedFrom,
    group_sid: null,
    caller_name: call.callerName,
    queue_time: String(call.queueTimeMs),
    trunk_sid: null,
    uri: `${base}.json`,
    subresource_uris: subresourceUris(base, CALL_SUBRESOURCES),
  };
}

import { callStateAt, type CallRecord, type CallStatus } from "../data/call-record";
import { formatNumber } from "../data/countries";
import type { Fidelity } from "../api/fidelity";
import { date, subresourceJson, text } from "./json-text";

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

const callSubresourceJson = subresourceJson(CALL_SUBRESOURCES);
/** Calls no one answered: Twilio leaves their duration empty. */
const UNANSWERED: ReadonlySet<CallStatus> = new Set(["busy", "failed", "no-answer"]);

/**
 * A Call as JSON text, in WireCall's key order. Calls pages are built from these fragments:
 * building an object per call and stringifying the page cost more than generating the call.
 * SIDs, enums, dates and numbers go in unescaped: none can hold a character JSON escapes.
 */
export function callJson(call: CallRecord, nowSec: number, fidelity: Fidelity): string {
  const state = callStateAt(call, nowSec);
  const startSec = call.undialed && fidelity.unstartedTimes === "empty" ? null : call.startSec;
  const durationSec =
    fidelity.unansweredDuration === "empty" && UNANSWERED.has(state.status) ? null : state.durationSec;
  const base = `/2010-04-01/Accounts/${call.accountSid}/Calls/${call.sid}`;
  // One flat string per call: joining a page of deep concatenations costs more than joining flat ones.
  return [
    `{"sid":"${call.sid}","date_created":${date(call.createdSec)},"date_updated":${date(state.updatedSec)},`,
    `"parent_call_sid":${text(call.parentCallSid)},"account_sid":"${call.accountSid}",`,
    `"to":${text(call.to)},"to_formatted":${text(formatNumber(call.to))},`,
    `"from":${text(call.from)},"from_formatted":${text(formatNumber(call.from))},`,
    `"phone_number_sid":${text(call.phoneNumberSid)},"status":"${state.status}",`,
    `"start_time":${date(startSec)},"end_time":${date(state.endSec)},`,
    `"duration":${durationSec === null ? "null" : `"${durationSec}"`},"price":${text(state.price)},"price_unit":"USD",`,
    `"direction":"${call.direction}","answered_by":${text(call.answeredBy)},"api_version":"2010-04-01",`,
    `"forwarded_from":${text(call.forwardedFrom)},"group_sid":null,"caller_name":${text(call.callerName)},`,
    `"queue_time":"${call.queueTimeMs}","trunk_sid":null,"uri":"${base}.json","subresource_uris":${callSubresourceJson(base)}}`,
  ].join("");
}

/** The control API answers with the same call as an object. */
export function callToWire(call: CallRecord, nowSec: number, fidelity: Fidelity): WireCall {
  return JSON.parse(callJson(call, nowSec, fidelity)) as WireCall;
}

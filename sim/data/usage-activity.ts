import { hashString, unitHash } from "../lib/hash";
import { callStateAt, type CallRecord } from "./call-record";
import { messageStateAt, type MessageRecord } from "./message-record";
import { addTally, priceMicros, type LeafCategory, type Tallies } from "./usage-categories";

/** About one completed call in eight is recorded, at Twilio's 0.0025 usd a minute. */
const RECORDED_SHARE = 1 / 8;
const RECORDING_MICROS_PER_MINUTE = 2_500;

const isClient = (party: string) => party.startsWith("client:");
const isSip = (party: string) => party.startsWith("sip:");

export function callCategory(call: Pick<CallRecord, "from" | "to" | "direction">): LeafCategory {
  if (isClient(call.from) || isClient(call.to)) return "calls-client";
  if (isSip(call.from) || isSip(call.to)) return "calls-sip";
  return call.direction === "inbound" ? "calls-inbound" : "calls-outbound";
}

/** Decided by the SID alone, so a call is recorded or not whatever else changes on it. */
export function isRecorded(callSid: string): boolean {
  return unitHash(hashString(callSid), 0x4ec) < RECORDED_SHARE;
}

/**
 * Twilio bills completed calls only, by started minute; the price counts once it shows on the call
 * (a late price shows up in usage when it shows in the Calls list). A recording is billed with its call.
 */
export function tallyCalls(calls: Iterable<CallRecord>, nowSec: number, into: Tallies): void {
  for (const call of calls) {
    const state = callStateAt(call, nowSec);
    if (state.status !== "completed") continue;
    const minutes = Math.ceil((state.durationSec ?? 0) / 60);
    addTally(into, callCategory(call), 1, minutes, priceMicros(state.price));
    if (isRecorded(call.sid)) addTally(into, "recordings", 1, minutes, minutes * RECORDING_MICROS_PER_MINUTE);
  }
}

function messageCategory(message: MessageRecord): LeafCategory {
  if (message.channel === "whatsapp") return "channels-whatsapp";
  const inbound = message.direction === "inbound";
  if (message.channel === "mms") return inbound ? "mms-inbound" : "mms-outbound";
  return inbound ? "sms-inbound" : "sms-outbound";
}

/** Messages sent (left the queue) by now, not failed; by segments, priced once the price shows. */
export function tallyMessages(messages: Iterable<MessageRecord>, nowSec: number, into: Tallies): void {
  for (const message of messages) {
    const state = messageStateAt(message, nowSec);
    if (state.dateSentSec === null || state.status === "failed") continue;
    addTally(into, messageCategory(message), 1, message.numSegments, priceMicros(state.price));
  }
}

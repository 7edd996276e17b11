import type { WireRecord } from "@/lib/twilio";
import type { NumberType } from "@/lib/domain";
import { commonFields, type CommonFields } from "./common-fields";
import { partyOf } from "./parties";
import { integer, text, time } from "./wire-values";

/** A call as the import writes it: Twilio's strings parsed once, countries and number types derived. */
export type CallRow = CommonFields & {
  fromNumberType: NumberType;
  toNumberType: NumberType;
  parentCallSid: string | null;
  startTime: string;
  endTime: string | null;
  duration: number | null;
  answeredBy: string | null;
  queueTime: number | null;
  callerName: string | null;
  forwardedFrom: string | null;
};

export function toCallRow(call: WireRecord): CallRow {
  const common = commonFields(call);
  // Assigned onto the common fields rather than spread: one object a call, not two.
  return Object.assign(common, {
    fromNumberType: partyOf(common.from).type,
    toNumberType: partyOf(common.to).type,
    parentCallSid: text(call.parent_call_sid),
    // A call that has not started yet is placed at its creation time, so it still lands in a range.
    startTime: time(call.start_time) ?? common.dateCreated,
    endTime: time(call.end_time),
    duration: integer(call.duration),
    answeredBy: text(call.answered_by),
    queueTime: integer(call.queue_time),
    callerName: text(call.caller_name),
    forwardedFrom: text(call.forwarded_from),
  });
}

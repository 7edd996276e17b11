import { MAX_CALL_SECONDS } from "../data/call-generator";
import { CALL_STATUSES, callStateAt, type CallRecord } from "../data/call-record";
import { dateSentAt, MAX_QUEUE_SECONDS, type MessageRecord } from "../data/message-record";
import type { SecRange } from "../data/record-log";
import type { Fidelity } from "./fidelity";
import { apiErrors, isApiResult, type ApiResult } from "./result";
import { inRange, timeRange } from "./time-filters";

/** A key-time range to binary-search plus an exact check for the fields a range cannot express. */
export interface ListQuery<T> {
  range: SecRange;
  keep: (record: T) => boolean;
}

function equals(query: URLSearchParams, name: string): (value: string | null) => boolean {
  const wanted = query.get(name);
  return (value) => wanted === null || value === wanted;
}

export function callQuery(
  query: URLSearchParams,
  nowSec: number,
  fidelity: Fidelity,
): ListQuery<CallRecord> | ApiResult {
  const start = timeRange(query, "StartTime");
  if (isApiResult(start)) return start;
  const end = timeRange(query, "EndTime");
  if (isApiResult(end)) return end;
  const status = query.get("Status");
  if (status !== null && !(CALL_STATUSES as readonly string[]).includes(status)) {
    return apiErrors.invalidParameter("Status", status);
  }
  const to = equals(query, "To");
  const from = equals(query, "From");
  const parent = equals(query, "ParentCallSid");
  const filtersEnd = end.minSec > -Infinity || end.maxSec < Infinity;
  // A call that has not been dialed has no start_time, so no StartTime filter matches it.
  const hidesUnstarted = fidelity.unstartedTimes === "empty" && (start.minSec > -Infinity || start.maxSec < Infinity);
  return {
    // A call ends after it starts and within the maximum call length, which bounds its start.
    range: {
      minSec: Math.max(start.minSec, end.minSec - MAX_CALL_SECONDS),
      maxSec: Math.min(start.maxSec, end.maxSec),
    },
    keep: (call) => {
      if (!to(call.to) || !from(call.from) || !parent(call.parentCallSid)) return false;
      if (hidesUnstarted && call.undialed) return false;
      if (status === null && !filtersEnd) return true;
      const state = callStateAt(call, nowSec);
      if (status !== null && state.status !== status) return false;
      return !filtersEnd || (state.endSec !== null && inRange(state.endSec, end));
    },
  };
}

export function messageQuery(query: URLSearchParams, nowSec: number): ListQuery<MessageRecord> | ApiResult {
  const sent = timeRange(query, "DateSent");
  if (isApiResult(sent)) return sent;
  const to = equals(query, "To");
  const from = equals(query, "From");
  const filtersSent = sent.minSec > -Infinity || sent.maxSec < Infinity;
  return {
    // Messages are listed by creation; one leaves the queue within a minute of it, which bounds
    // the creation of a message sent in the range.
    range: { minSec: sent.minSec - MAX_QUEUE_SECONDS, maxSec: sent.maxSec },
    keep: (message) => {
      if (!to(message.to) || !from(message.from)) return false;
      if (!filtersSent) return true;
      // A queued message has no date_sent yet, so no DateSent filter finds it until it is sent.
      const sentSec = dateSentAt(message, nowSec);
      return sentSec !== null && inRange(sentSec, sent);
    },
  };
}

import { formatPrice } from "./countries";

export const CALL_STATUSES = [
  "queued",
  "ringing",
  "in-progress",
  "completed",
  "busy",
  "failed",
  "no-answer",
  "canceled",
] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const FINAL_CALL_STATUSES = ["completed", "busy", "failed", "no-answer", "canceled"] as const;
export type FinalCallStatus = (typeof FINAL_CALL_STATUSES)[number];
export const CALL_DIRECTIONS = ["inbound", "outbound-api", "outbound-dial"] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/**
 * A call as planned from start to finish. What the API shows depends on the clock: the same
 * record is ringing, then in progress, then completed, then priced (see callStateAt).
 */
export interface CallRecord {
  sid: string;
  accountSid: string;
  parentCallSid: string | null;
  direction: CallDirection;
  from: string;
  to: string;
  phoneNumberSid: string | null;
  createdSec: number;
  startSec: number;
  ringSec: number;
  endSec: number;
  outcome: FinalCallStatus;
  ratePerMinute: number;
  priceDelaySec: number;
  answeredBy: string | null;
  forwardedFrom: string | null;
  callerName: string | null;
  queueTimeMs: number;
  /** Created queued through the control API and not dialed since: Twilio gives it no start_time. */
  undialed?: boolean;
  /** Set through the control API; they win over the clock. */
  statusOverride?: CallStatus;
  priceOverride?: string | null;
  updatedOverrideSec?: number;
}

export interface CallState {
  status: CallStatus;
  endSec: number | null;
  durationSec: number | null;
  price: string | null;
  updatedSec: number;
}

function isFinal(status: CallStatus): status is FinalCallStatus {
  return (FINAL_CALL_STATUSES as readonly string[]).includes(status);
}

function statusAt(call: CallRecord, nowSec: number): CallStatus {
  if (nowSec < call.startSec + call.ringSec) return "ringing";
  if (nowSec < call.endSec) return call.outcome === "completed" ? "in-progress" : "ringing";
  return call.outcome;
}

export function callStateAt(call: CallRecord, nowSec: number): CallState {
  const status = call.statusOverride ?? statusAt(call, nowSec);
  const transitions = [
    call.createdSec,
    call.startSec,
    call.startSec + call.ringSec,
    call.endSec,
    call.endSec + call.priceDelaySec,
  ];
  const updatedSec = Math.max(call.updatedOverrideSec ?? 0, ...transitions.filter((t) => t <= nowSec));
  if (!isFinal(status))
    return { status, endSec: null, durationSec: null, price: call.priceOverride ?? null, updatedSec };
  // Twilio bills started minutes of answered calls only; the price shows up a little after the end.
  const durationSec = status === "completed" ? call.endSec - call.startSec : 0;
  const cost = call.ratePerMinute * Math.ceil(durationSec / 60);
  const priced = nowSec >= call.endSec + call.priceDelaySec ? formatPrice(cost) : null;
  const price = call.priceOverride === undefined ? priced : call.priceOverride;
  return { status, endSec: call.endSec, durationSec, price, updatedSec };
}

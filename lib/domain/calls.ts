// Twilio's vocabulary for calls, and the words the app shows for it.

/** Twilio's call statuses, in the order a call moves through them, then the ways it can end. */
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

export const STATUS_LABELS: Record<CallStatus, string> = {
  queued: "Queued",
  ringing: "Ringing",
  "in-progress": "In progress",
  completed: "Completed",
  busy: "Busy",
  failed: "Failed",
  "no-answer": "No answer",
  canceled: "Canceled",
};

/** Calls Twilio has not finished: their status, duration and price may still change. */
export const UNSETTLED_CALL_STATUSES: readonly CallStatus[] = ["queued", "ringing", "in-progress"];

export function isCallStatus(value: string): value is CallStatus {
  return (CALL_STATUSES as readonly string[]).includes(value);
}

/** A status in words; values Twilio may add later are shown as they come. */
export function statusLabel(status: string): string {
  return isCallStatus(status) ? STATUS_LABELS[status] : status;
}

/** The two sides people think in; Twilio's directions fold into them (twilioDirections). */
export const CALL_SIDES = ["inbound", "outbound"] as const;
export type CallSide = (typeof CALL_SIDES)[number];

export const SIDE_LABELS: Record<CallSide, string> = { inbound: "Inbound", outbound: "Outbound" };

/**
 * The raw Twilio `direction` values of a side. Twilio splits outbound into API-initiated calls and
 * legs dialled from TwiML; people think of both as outbound. Elastic SIP Trunking legs count with
 * the side they carry: originating calls come in, terminating ones go out.
 */
export function twilioDirections(side: CallSide): string[] {
  return side === "inbound"
    ? ["inbound", "trunking-originating"]
    : ["outbound-api", "outbound-dial", "trunking-terminating"];
}

const DIRECTION_LABELS: Record<string, string> = {
  inbound: "Inbound",
  "outbound-api": "Outbound (API)",
  "outbound-dial": "Outbound (dialled)",
  "trunking-originating": "Inbound (SIP trunk)",
  "trunking-terminating": "Outbound (SIP trunk)",
};

export function directionLabel(direction: string): string {
  return DIRECTION_LABELS[direction] ?? direction;
}

/** Twilio's AnsweredBy values, from answering-machine detection, in words. */
const ANSWERED_BY_LABELS: Record<string, string> = {
  human: "Human",
  machine_start: "Machine (greeting start)",
  machine_end_beep: "Machine (after beep)",
  machine_end_silence: "Machine (after silence)",
  machine_end_other: "Machine (other)",
  fax: "Fax",
  unknown: "Unknown",
};

export function answeredByLabel(value: string): string {
  return Object.hasOwn(ANSWERED_BY_LABELS, value) ? (ANSWERED_BY_LABELS[value] ?? value) : value.replaceAll("_", " ");
}

// The vocabularies the filter model, the filter bar and the chart palette share.

export const RANGE_PRESETS = ["today", "7d", "30d", "90d", "month", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_LABELS: Record<RangePreset, string> = {
  today: "Today",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  month: "This month",
  custom: "Custom…",
};

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

export const DIRECTIONS = ["all", "inbound", "outbound"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<Direction, string> = {
  all: "All",
  inbound: "Inbound",
  outbound: "Outbound",
};

/**
 * The raw Twilio `direction` values a filter matches, or null for no restriction.
 * Twilio splits outbound into API-initiated calls and legs dialled from TwiML; users think of both as outbound.
 * Elastic SIP Trunking legs count with the side they carry: originating calls come in, terminating go out.
 */
export function twilioDirections(direction: Direction): string[] | null {
  if (direction === "inbound") return ["inbound", "trunking-originating"];
  if (direction === "outbound") return ["outbound-api", "outbound-dial", "trunking-terminating"];
  return null;
}

import { CALL_SIDES, messageDirections, SIDE_LABELS, twilioDirections, type CallSide } from "@/lib/domain";

// The choices the filter bar offers and the URL keeps.

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

export const DIRECTIONS = ["all", ...CALL_SIDES] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<Direction, string> = { all: "All", ...SIDE_LABELS };

/** The raw Twilio `direction` values a filter matches, or null for no restriction. */
export function directionsFor(direction: Direction): string[] | null {
  return direction === "all" ? null : twilioDirections(direction satisfies CallSide);
}

/** The same for messages, whose outbound directions Twilio names differently. */
export function messageDirectionsFor(direction: Direction): string[] | null {
  return direction === "all" ? null : messageDirections(direction);
}

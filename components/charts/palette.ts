// Series colours for call and message statuses, directions and message channels.
//
// Every colour keeps at least 3:1 contrast against both the light card (white) and the dark card
// (slate-900), so one palette serves both themes. Hues were picked to stay apart under protanopia,
// deuteranopia and tritanopia simulation (palette.test.ts checks both), but colour is never the only
// cue: each series also carries a fill pattern, and charts always label series in text.

import {
  CALL_STATUSES,
  MESSAGE_STATUS_LABELS,
  MESSAGE_STATUSES,
  STATUS_LABELS,
  type CallStatus,
  type MessageChannel,
  type MessageStatus,
  type SpendGroup,
  SPEND_GROUP_LABELS,
  SPEND_GROUPS,
} from "@/lib/domain";

export type Pattern =
  | "solid"
  | "stripes"
  | "dots"
  | "crosshatch"
  | "horizontal"
  | "vertical"
  | "back-stripes"
  | "grid"
  | "checker"
  | "rings"
  | "diamonds"
  | "zigzag"
  | "plus";

export type SeriesStyle = { color: string; pattern: Pattern };
export type ChartSeries = SeriesStyle & { key: string; label: string };

export const STATUS_STYLES: Record<CallStatus, SeriesStyle> = {
  completed: { color: "#0e914f", pattern: "solid" },
  busy: { color: "#cf7d09", pattern: "stripes" },
  "no-answer": { color: "#598df5", pattern: "dots" },
  failed: { color: "#fa264e", pattern: "crosshatch" },
  canceled: { color: "#6c747b", pattern: "horizontal" },
  "in-progress": { color: "#9c37fb", pattern: "vertical" },
  ringing: { color: "#f6278d", pattern: "back-stripes" },
  queued: { color: "#736d27", pattern: "grid" },
};

export const DIRECTION_STYLES = {
  inbound: { color: "#1a78fc", pattern: "solid" },
  outbound: { color: "#eb5301", pattern: "stripes" },
} as const satisfies Record<string, SeriesStyle>;

/** For single-series charts (histograms): a blue of its own, so it is not read as "inbound". */
export const NEUTRAL_STYLE: SeriesStyle = { color: "#0284c7", pattern: "solid" };

/**
 * Message statuses: outcomes in the call palette's hues where they mean the same (delivered green,
 * undelivered amber, failed red, canceled grey), received in the inbound blue, and the statuses a
 * message passes through on the way in hues of their own.
 */
export const MESSAGE_STATUS_STYLES: Record<MessageStatus, SeriesStyle> = {
  delivered: { color: "#0e914f", pattern: "solid" },
  read: { color: "#b478cc", pattern: "dots" },
  received: { color: "#1a78fc", pattern: "vertical" },
  sent: { color: "#486c90", pattern: "horizontal" },
  partially_delivered: { color: "#a84800", pattern: "checker" },
  undelivered: { color: "#cf7d09", pattern: "stripes" },
  failed: { color: "#fa264e", pattern: "crosshatch" },
  canceled: { color: "#6c747b", pattern: "grid" },
  accepted: { color: "#9c9084", pattern: "rings" },
  scheduled: { color: "#5448fc", pattern: "diamonds" },
  queued: { color: "#b400c0", pattern: "zigzag" },
  sending: { color: "#e400a8", pattern: "back-stripes" },
  receiving: { color: "#9084f0", pattern: "plus" },
};

export const CHANNEL_STYLES: Record<MessageChannel, SeriesStyle> = {
  sms: { color: "#1a78fc", pattern: "solid" },
  mms: { color: "#cf7d09", pattern: "stripes" },
  whatsapp: { color: "#0e914f", pattern: "dots" },
  other: { color: "#6c747b", pattern: "crosshatch" },
};

/** Spend groups: voice in the calls' blue, messaging in an amber, the rest apart from both; "other" grey. */
export const SPEND_GROUP_STYLES: Record<SpendGroup, SeriesStyle> = {
  voice: { color: "#1a78fc", pattern: "solid" },
  messaging: { color: "#cf7d09", pattern: "stripes" },
  numbers: { color: "#0e914f", pattern: "dots" },
  recordings: { color: "#b478cc", pattern: "crosshatch" },
  other: { color: "#6c747b", pattern: "horizontal" },
};

/** The styles of `present` as labelled series, in the order given (the bottom of a stack first). */
function orderedSeries<S extends string>(
  order: readonly S[],
  styles: Record<S, SeriesStyle>,
  labels: Record<S, string>,
  present: readonly S[],
): ChartSeries[] {
  return order.filter((key) => present.includes(key)).map((key) => ({ key, label: labels[key], ...styles[key] }));
}

/**
 * Time-series `series` for call statuses, terminal outcomes first so the bars that matter sit at the
 * bottom of the stack. Rows are expected to use the status names as keys.
 */
export function statusSeries(statuses: readonly CallStatus[] = CALL_STATUSES): ChartSeries[] {
  const order: readonly CallStatus[] = [
    "completed",
    "busy",
    "no-answer",
    "failed",
    "canceled",
    "in-progress",
    "ringing",
    "queued",
  ];
  return orderedSeries(order, STATUS_STYLES, STATUS_LABELS, statuses);
}

/** The same for message statuses: outcomes first, then the statuses on the way to one. */
export function messageStatusSeries(statuses: readonly MessageStatus[] = MESSAGE_STATUSES): ChartSeries[] {
  const order: readonly MessageStatus[] = [
    "delivered",
    "read",
    "received",
    "sent",
    "partially_delivered",
    "undelivered",
    "failed",
    "canceled",
    "accepted",
    "scheduled",
    "queued",
    "sending",
    "receiving",
  ];
  return orderedSeries(order, MESSAGE_STATUS_STYLES, MESSAGE_STATUS_LABELS, statuses);
}

/** Time-series `series` for the spend groups, in SPEND_GROUPS order ("other" on top of the stack). */
export function spendGroupSeries(): ChartSeries[] {
  return orderedSeries(SPEND_GROUPS, SPEND_GROUP_STYLES, SPEND_GROUP_LABELS, SPEND_GROUPS);
}

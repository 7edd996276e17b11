// Series colours for call statuses and directions.
//
// Every colour keeps at least 3:1 contrast against both the light card (white) and the dark card
// (slate-900), so one palette serves both themes. Hues were picked to stay apart under protanopia,
// deuteranopia and tritanopia simulation (palette.test.ts checks both), but colour is never the only
// cue: each series also carries a fill pattern, and charts always label series in text.

import { CALL_STATUSES, STATUS_LABELS, type CallStatus } from "@/lib/domain";

export type Pattern = "solid" | "stripes" | "dots" | "crosshatch" | "horizontal" | "vertical" | "back-stripes" | "grid";

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
  return order
    .filter((status) => statuses.includes(status))
    .map((status) => ({ key: status, label: STATUS_LABELS[status], ...STATUS_STYLES[status] }));
}

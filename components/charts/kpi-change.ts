import type { Formats, ValueFormat } from "@/lib/format";

export type ChangeTone = "good" | "bad" | "neutral";
export type Change = { text: string; tone: ChangeTone; arrow: "▲" | "▼" | null };

/**
 * How a KPI moved against the previous period. Counts, durations and money change by a relative
 * percentage ("+12.3%"); rates already are percentages, so they change in points ("+4.2 pts"),
 * since "+25%" of an answer rate is easily misread. No previous value (or zero) means no comparison.
 */
export function describeChange(
  formatSigned: Formats["formatSigned"],
  value: number | null,
  previous: number | null | undefined,
  format: ValueFormat,
  goodWhen: "up" | "down" = "up",
): Change {
  if (value === null) return { text: "no data for this period", tone: "neutral", arrow: null };
  if (previous === null || previous === undefined || previous === 0) {
    return { text: "no data for previous period", tone: "neutral", arrow: null };
  }
  const delta = format === "percent" ? value - previous : (value - previous) / Math.abs(previous);
  // Below what one decimal can show, call it unchanged rather than print "+0%".
  if (Math.round(delta * 1000) === 0) return { text: "no change vs previous period", tone: "neutral", arrow: null };
  const shown = format === "percent" ? `${formatSigned(delta * 100)} pts` : formatSigned(delta, "percent");
  const up = delta > 0;
  return {
    text: `${shown} vs previous period`,
    tone: up === (goodWhen === "up") ? "good" : "bad",
    arrow: up ? "▲" : "▼",
  };
}

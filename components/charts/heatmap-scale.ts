// The logic behind the weekday × hour heatmap: folding cells into a grid, the colour steps and the
// words a screen reader hears for each cell.

import type { Formats } from "@/lib/format";

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const HOURS = 24;
/** Colour steps above zero; few enough to tell apart, legend included (heatmap.tsx has a class for each, plus zero). */
const HEATMAP_LEVELS = 4;

/** weekday 0 = Monday (ISO), hour 0–23 in the dashboard's time zone; value is a count. */
export type HeatmapCell = { weekday: number; hour: number; value: number };

/** A 7 × 24 grid of totals. Repeated cells add up; cells outside the grid are dropped. */
export function heatmapMatrix(cells: readonly HeatmapCell[]): number[][] {
  const matrix = WEEKDAYS.map(() => Array.from({ length: HOURS }, () => 0));
  for (const { weekday, hour, value } of cells) {
    const row = matrix[weekday];
    if (row && Number.isInteger(hour) && hour >= 0 && hour < HOURS && Number.isFinite(value)) {
      row[hour] = (row[hour] ?? 0) + value;
    }
  }
  return matrix;
}

const pad = (hour: number) => String(hour).padStart(2, "0");

export function hourSpan(hour: number): string {
  return `${pad(hour)}:00–${pad(hour + 1)}:00`;
}

type FormatNumber = Formats["formatNumber"];

/** What the grid counts, in the singular. */
export type HeatmapUnit = "call" | "message";

const counted = (value: number, formatNumber: FormatNumber, unit: HeatmapUnit) =>
  `${formatNumber(value)} ${value === 1 ? unit : `${unit}s`}`;

/** "Tuesday 14:00–15:00: 123 calls" */
export function heatmapCellLabel(
  weekday: number,
  hour: number,
  value: number,
  formatNumber: FormatNumber,
  unit: HeatmapUnit = "call",
): string {
  return `${WEEKDAYS[weekday] ?? "Unknown day"} ${hourSpan(hour)}: ${counted(value, formatNumber, unit)}`;
}

function stepSize(max: number): number {
  return Math.max(1, Math.ceil(max / HEATMAP_LEVELS));
}

/** 0 for an empty hour, then 1…HEATMAP_LEVELS in equal whole-number steps up to the busiest cell. */
export function heatmapLevel(value: number, max: number): number {
  return value <= 0 ? 0 : Math.min(HEATMAP_LEVELS, Math.ceil(value / stepSize(max)));
}

/** What each colour step means, e.g. 0, 1–25, 26–50…; steps no cell can reach are left out. */
export function heatmapLegend(max: number, formatNumber: FormatNumber): { level: number; label: string }[] {
  const size = stepSize(max);
  const legend = [{ level: 0, label: "0" }];
  for (let level = 1; level <= HEATMAP_LEVELS && (level - 1) * size + 1 <= max; level++) {
    const low = (level - 1) * size + 1;
    const high = Math.min(level * size, max);
    legend.push({ level, label: low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}` });
  }
  return legend;
}

/** The grid's total and busiest hour, for the chart's accessible name. */
export function heatmapSummary(
  matrix: readonly (readonly number[])[],
  formatNumber: FormatNumber,
  unit: HeatmapUnit = "call",
): string {
  let total = 0;
  let busiest = { weekday: 0, hour: 0, value: 0 };
  matrix.forEach((row, weekday) =>
    row.forEach((value, hour) => {
      total += value;
      if (value > busiest.value) busiest = { weekday, hour, value };
    }),
  );
  if (total === 0) return `No ${unit}s in this period.`;
  return `${counted(total, formatNumber, unit)} in total; busiest ${heatmapCellLabel(busiest.weekday, busiest.hour, busiest.value, formatNumber, unit)}.`;
}

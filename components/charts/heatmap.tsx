import { Fragment } from "react";
import { ChartTable } from "./chart-table";
import { viewerFormats } from "@/lib/viewer";
import {
  heatmapCellLabel,
  heatmapLegend,
  heatmapLevel,
  heatmapMatrix,
  heatmapSummary,
  hourSpan,
  WEEKDAYS,
  type HeatmapCell,
  type HeatmapUnit,
} from "./heatmap-scale";

// One hue, stepping in lightness (reversed in dark mode), so the order reads without hue vision.
const LEVEL_CLASSES = [
  "bg-slate-100 dark:bg-slate-800",
  "bg-sky-200 dark:bg-sky-900",
  "bg-sky-400 dark:bg-sky-700",
  "bg-sky-600 dark:bg-sky-500",
  "bg-sky-800 dark:bg-sky-300",
] as const;

export type HeatmapProps = { title: string; cells: readonly HeatmapCell[]; unit?: HeatmapUnit };

/**
 * Calls (or messages) by weekday and hour as a CSS grid. The grid is a labelled group rather than one image so
 * each cell keeps its own spoken label ("Tuesday 14:00–15:00: 123 calls"); the table holds the same numbers.
 */
export async function Heatmap({ title, cells, unit = "call" }: HeatmapProps) {
  const { formatNumber } = await viewerFormats();
  const matrix = heatmapMatrix(cells);
  const max = Math.max(0, ...matrix.flat());
  const hours = Array.from({ length: 24 }, (_, hour) => hour);

  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <div
        role="group"
        aria-label={`${title}: ${heatmapSummary(matrix, formatNumber, unit)}`}
        className="grid grid-cols-[auto_repeat(24,minmax(0,1fr))] gap-0.5 text-[10px] text-slate-500 dark:text-slate-400"
      >
        <span aria-hidden="true" />
        {hours.map((hour) => (
          <span key={hour} aria-hidden="true" className="text-center">
            {hour % 3 === 0 ? String(hour).padStart(2, "0") : ""}
          </span>
        ))}
        {matrix.map((row, weekday) => (
          <Fragment key={weekday}>
            <span aria-hidden="true" className="pr-1.5 leading-none self-center">
              {WEEKDAYS[weekday]?.slice(0, 3)}
            </span>
            {row.map((value, hour) => {
              const label = heatmapCellLabel(weekday, hour, value, formatNumber, unit);
              return (
                <div
                  key={hour}
                  role="img"
                  aria-label={label}
                  title={label}
                  className={`aspect-square min-h-2.5 rounded-[2px] ${LEVEL_CLASSES[heatmapLevel(value, max)]}`}
                />
              );
            })}
          </Fragment>
        ))}
      </div>
      <ul
        className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300"
        aria-label={`Legend: ${unit}s per hour`}
      >
        {heatmapLegend(max, formatNumber).map(({ level, label }) => (
          <li key={level} className="flex items-center gap-1">
            <span aria-hidden="true" className={`size-3 rounded-[2px] ${LEVEL_CLASSES[level]}`} />
            {label}
          </li>
        ))}
      </ul>
      <ChartTable
        caption={`${title} (${unit}s per hour)`}
        columns={["Day", ...hours.map((hour) => hourSpan(hour))]}
        rows={matrix.map((row, weekday) => ({ label: WEEKDAYS[weekday] ?? "", values: row.map(formatNumber) }))}
      />
    </figure>
  );
}

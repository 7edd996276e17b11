import { Swatch } from "./chart-patterns";
import type { ChartSeries } from "./palette";

/** The series names in text beside their swatches, so no series is identified by colour alone. */
export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <Swatch color={s.color} pattern={s.pattern} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

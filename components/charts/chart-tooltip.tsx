import type { TooltipContentProps } from "recharts";
import { Swatch } from "./chart-patterns";
import type { ChartSeries } from "./palette";

type ChartTooltipProps = Pick<TooltipContentProps<number, string>, "active" | "payload" | "label"> & {
  series: readonly ChartSeries[];
  formatLabel: (label: string) => string;
  formatValue: (value: number) => string;
  /** Stacked series are listed top-down, as the stack is drawn, and totalled. */
  stacked?: boolean;
};

/** Tooltip content styled like the app's cards, readable in both themes. */
export function ChartTooltip({ active, payload, label, series, formatLabel, formatValue, stacked }: ChartTooltipProps) {
  if (!active || payload.length === 0) return null;
  const entries = series.map((s) => ({ s, value: Number(payload.find((p) => p.dataKey === s.key)?.value ?? 0) }));
  if (stacked) entries.reverse();
  const total = entries.reduce((sum, { value }) => sum + value, 0);
  return (
    <div className="min-w-40 rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs text-slate-900 shadow-md dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100">
      <p className="mb-1 font-medium">{formatLabel(String(label ?? ""))}</p>
      <ul className="space-y-0.5">
        {entries.map(({ s, value }) => (
          <li key={s.key} className="flex items-center gap-2">
            <Swatch color={s.color} pattern={s.pattern} />
            <span>{s.label}</span>
            <span className="ml-auto pl-3 tabular-nums">{formatValue(value)}</span>
          </li>
        ))}
      </ul>
      {stacked && entries.length > 1 ? (
        <p className="mt-1 flex border-t border-slate-200 pt-1 font-medium dark:border-slate-700">
          Total<span className="ml-auto tabular-nums">{formatValue(total)}</span>
        </p>
      ) : null}
    </div>
  );
}

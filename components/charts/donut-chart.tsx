"use client";

import { useId } from "react";
import { Pie, PieChart, ResponsiveContainer } from "recharts";
import { PatternDefs, seriesFill, Swatch } from "./chart-patterns";
import { ChartImage } from "./chart-image";
import { ChartTable } from "./chart-table";
import { useFormats } from "@/components/ui/formats";
import type { ChartSeries, Pattern } from "./palette";
import { describeShares, sum } from "./summaries";

export type DonutSlice = { key: string; label: string; value: number; color: string; pattern?: Pattern };

export type DonutChartProps = {
  title: string;
  slices: readonly DonutSlice[];
  valueFormat?: "number" | "duration" | "currency";
  currency?: string;
};

/**
 * Shares of a whole (inbound vs outbound, who answered). The legend carries every label, value and
 * percentage in text, so the ring needs no tooltip.
 */
export function DonutChart({ title, slices, valueFormat = "number", currency }: DonutChartProps) {
  const { formatPercent, formatValue } = useFormats();
  const prefix = `dn${useId().replace(/[^\w-]/g, "")}`;
  const format = (value: number) => formatValue(value, valueFormat, { currency });
  const series = slices.map((s) => ({ ...s, pattern: s.pattern ?? "solid" }) satisfies ChartSeries & { value: number });
  const total = sum(slices.map((s) => s.value));
  const share = (value: number) => (total > 0 ? formatPercent(value / total) : "—");
  const summary = `Donut chart, ${title}: ${describeShares(slices, format, formatPercent)}`;

  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <div className="flex flex-wrap items-center gap-6">
        {/* The ring's stroke takes the card colour, which separates slices in both themes. */}
        <div className="relative size-44 shrink-0 text-white dark:text-slate-900">
          <ChartImage summary={summary} className="size-full">
            <ResponsiveContainer width="100%" height="100%">
              <PieChart accessibilityLayer={false}>
                <PatternDefs prefix={prefix} series={series} />
                <Pie
                  data={series.map((s) => ({ label: s.label, value: s.value, fill: seriesFill(prefix, s) }))}
                  dataKey="value"
                  nameKey="label"
                  startAngle={90}
                  endAngle={-270}
                  innerRadius="62%"
                  outerRadius="100%"
                  stroke="currentColor"
                  rootTabIndex={-1}
                  strokeWidth={2}
                />
              </PieChart>
            </ResponsiveContainer>
          </ChartImage>
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-slate-900 dark:text-slate-100"
          >
            <span className="text-lg font-semibold tabular-nums">{format(total)}</span>
            <span className="text-xs text-slate-500 dark:text-slate-400">total</span>
          </div>
        </div>
        <ul className="min-w-40 flex-1 space-y-1.5 text-sm">
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-2">
              <Swatch color={s.color} pattern={s.pattern} />
              <span className="min-w-0 flex-1 truncate">{s.label}</span>
              <span className="tabular-nums text-slate-600 dark:text-slate-300">{format(s.value)}</span>
              <span className="w-14 text-right font-medium tabular-nums">{share(s.value)}</span>
            </li>
          ))}
        </ul>
      </div>
      <ChartTable
        caption={title}
        columns={["Category", "Value", "Share"]}
        rows={slices.map((s) => ({ label: s.label, values: [format(s.value), share(s.value)] }))}
      />
    </figure>
  );
}

"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartImage } from "./chart-image";
import { ChartTable } from "./chart-table";
import { ChartTooltip } from "./chart-tooltip";
import { useFormats } from "@/components/ui/formats";
import { NEUTRAL_STYLE, type ChartSeries } from "./palette";
import { describeTotalAndPeak, sum } from "./summaries";

export type HistogramBin = { label: string; count: number };

export type HistogramProps = {
  title: string;
  /** In display order, e.g. "0–30s", "30s–1m", …; labels are shown as given. */
  bins: readonly HistogramBin[];
  binLabel?: string;
  countLabel?: string;
};

/** A distribution (call durations) as adjacent bars with counts. */
export function Histogram({ title, bins, binLabel = "Duration", countLabel = "Calls" }: HistogramProps) {
  const { formatCompact, formatNumber, formatPercent } = useFormats();
  const series: ChartSeries[] = [{ key: "count", label: countLabel, ...NEUTRAL_STYLE }];
  const total = sum(bins.map((b) => b.count));
  const points = bins.map((b) => ({ label: b.label, value: b.count }));
  const span = bins.length > 0 ? ` from ${bins[0]?.label} to ${bins.at(-1)?.label}` : "";
  const summary = `Histogram of ${countLabel.toLowerCase()} by ${binLabel.toLowerCase()} in ${bins.length} bins${span}. ${describeTotalAndPeak(points, formatNumber)}`;

  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <ChartImage summary={summary} className="h-64 w-full text-slate-500 dark:text-slate-400">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={bins}
            accessibilityLayer={false}
            barCategoryGap={2}
            margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
          >
            <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.2} />
            <XAxis
              dataKey="label"
              tick={{ fill: "currentColor", fontSize: 12 }}
              stroke="currentColor"
              strokeOpacity={0.4}
              tickLine={false}
              interval="preserveStartEnd"
            />
            <YAxis
              tickFormatter={formatCompact}
              allowDecimals={false}
              tick={{ fill: "currentColor", fontSize: 12 }}
              axisLine={false}
              tickLine={false}
              width={48}
            />
            <Tooltip
              cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
              content={(props) => (
                <ChartTooltip {...props} series={series} formatLabel={(label) => label} formatValue={formatNumber} />
              )}
            />
            <Bar dataKey="count" name={countLabel} fill={NEUTRAL_STYLE.color} radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </ChartImage>
      <ChartTable
        caption={title}
        columns={[binLabel, countLabel, "Share"]}
        rows={bins.map((b) => ({
          label: b.label,
          values: [formatNumber(b.count), total > 0 ? formatPercent(b.count / total) : "—"],
        }))}
      />
    </figure>
  );
}

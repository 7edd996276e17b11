"use client";

import { useId } from "react";
import { Area, Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartBucket } from "@/lib/format";
import { ChartLegend } from "./chart-legend";
import { PatternDefs, seriesFill } from "./chart-patterns";
import { ChartImage } from "./chart-image";
import { ChartTable } from "./chart-table";
import { ChartTooltip } from "./chart-tooltip";
import { useFormats } from "@/components/ui/formats";
import type { ChartSeries } from "./palette";
import { describeTotalAndPeak, listLabels, sum } from "./summaries";

const BUCKET_COLUMNS: Record<ChartBucket, string> = { hour: "Hour", day: "Day", week: "Week", month: "Month" };

export type TimeSeriesRow = { bucket: string } & Record<string, number | string>;

export type TimeSeriesChartProps = {
  title: string;
  /** One row per bucket, `bucket` being the ISO instant the bucket starts; series values under their keys. */
  data: readonly TimeSeriesRow[];
  series: readonly ChartSeries[];
  bucket: ChartBucket;
  timeZone: string;
  valueFormat?: "number" | "duration" | "currency";
  currency?: string;
  stacked?: boolean;
  variant?: "bar" | "area";
};

/** Values over time buckets as (stacked) bars or areas, labelled in the dashboard's time zone. */
export function TimeSeriesChart({
  title,
  data,
  series,
  bucket,
  timeZone,
  valueFormat = "number",
  currency,
  stacked = true,
  variant = "bar",
}: TimeSeriesChartProps) {
  const { formatBucket, formatValue } = useFormats();
  const prefix = `ts${useId().replace(/[^\w-]/g, "")}`;
  const format = (value: number) => formatValue(value, valueFormat, { currency });
  const fullLabel = (iso: string) => formatBucket(iso, bucket, timeZone, "full");
  const valueOf = (row: TimeSeriesRow, key: string) => Number(row[key] ?? 0) || 0;
  const totals = data.map((row) => ({
    label: fullLabel(row.bucket),
    value: sum(series.map((s) => valueOf(row, s.key))),
  }));
  const showTotal = stacked && series.length > 1;

  const kind = showTotal ? `Stacked ${variant} chart` : `${variant === "bar" ? "Bar" : "Area"} chart`;
  const first = data[0];
  const last = data.at(-1);
  const span = first && last ? `, ${fullLabel(first.bucket)} to ${fullLabel(last.bucket)}` : "";
  const summary = `${kind} of ${listLabels(series.map((s) => s.label))} per ${bucket}${span}. ${describeTotalAndPeak(totals, format)}`;

  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      {series.length > 1 ? <ChartLegend series={series} /> : null}
      <ChartImage summary={summary} className="h-64 w-full text-slate-500 dark:text-slate-400">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} accessibilityLayer={false} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}>
            <PatternDefs prefix={prefix} series={series} />
            <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.2} />
            <XAxis
              dataKey="bucket"
              tickFormatter={(iso: string) => formatBucket(iso, bucket, timeZone)}
              tick={{ fill: "currentColor", fontSize: 12 }}
              stroke="currentColor"
              strokeOpacity={0.4}
              tickLine={false}
              minTickGap={24}
            />
            <YAxis
              tickFormatter={(value: number) => formatValue(value, valueFormat, { currency, compact: true })}
              tick={{ fill: "currentColor", fontSize: 12 }}
              axisLine={false}
              tickLine={false}
              width={64}
            />
            <Tooltip
              cursor={{ fill: "currentColor", fillOpacity: 0.08, stroke: "currentColor", strokeOpacity: 0.4 }}
              content={(props) => (
                <ChartTooltip
                  {...props}
                  series={series}
                  formatLabel={fullLabel}
                  formatValue={format}
                  stacked={showTotal}
                />
              )}
            />
            {series.map((s) =>
              variant === "bar" ? (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  fill={seriesFill(prefix, s)}
                  stackId={stacked ? "total" : undefined}
                />
              ) : (
                <Area
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  type="monotone"
                  stroke={s.color}
                  strokeWidth={2}
                  fill={seriesFill(prefix, s)}
                  fillOpacity={0.85}
                  stackId={stacked ? "total" : undefined}
                />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartImage>
      <ChartTable
        caption={`${title} (${timeZone})`}
        columns={[BUCKET_COLUMNS[bucket], ...series.map((s) => s.label), ...(showTotal ? ["Total"] : [])]}
        rows={data.map((row, index) => ({
          label: fullLabel(row.bucket),
          values: [
            ...series.map((s) => format(valueOf(row, s.key))),
            ...(showTotal ? [format(totals[index]?.value ?? 0)] : []),
          ],
        }))}
      />
    </figure>
  );
}

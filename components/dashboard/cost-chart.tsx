import { viewerFormats } from "@/lib/viewer";
import { NEUTRAL_STYLE } from "@/components/charts/palette";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import type { CostOverTime } from "@/lib/analytics";

/**
 * Cost per bucket in the main currency. Amounts in different currencies cannot be added, so any
 * others are named with their totals under the chart instead of being mixed in.
 */
export async function CostChart({ cost, timeZone }: { cost: CostOverTime; timeZone: string }) {
  const { formatCurrency } = await viewerFormats();
  const [main, ...others] = cost.totals;
  if (!main) return null;
  return (
    <div className="space-y-2">
      <TimeSeriesChart
        title={`Cost per ${cost.bucket} (${main.currency})`}
        data={cost.rows}
        series={[{ key: main.currency, label: `Cost (${main.currency})`, ...NEUTRAL_STYLE }]}
        bucket={cost.bucket}
        timeZone={timeZone}
        valueFormat="currency"
        currency={main.currency}
        variant="area"
      />
      {others.length > 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Also charged in other currencies: {others.map((o) => formatCurrency(o.amount, o.currency)).join(", ")}.
        </p>
      ) : null}
    </div>
  );
}

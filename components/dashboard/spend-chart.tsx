import { spendGroupSeries } from "@/components/charts/palette";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import type { SpendOverTime } from "@/lib/analytics";

/** Spend per UTC day, week or month, stacked by group; the stack of each bucket is its total. */
export function SpendChart({ spend }: { spend: SpendOverTime }) {
  return (
    <TimeSeriesChart
      title={`Spend per ${spend.bucket} by kind (${spend.currency}, UTC)`}
      data={spend.rows}
      series={spendGroupSeries()}
      bucket={spend.bucket}
      timeZone="UTC"
      valueFormat="currency"
      currency={spend.currency}
    />
  );
}

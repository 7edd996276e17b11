import { DonutChart } from "@/components/charts/donut-chart";
import { DIRECTION_STYLES } from "@/components/charts/palette";
import type { DirectionSplitRow } from "@/lib/analytics";

const LABELS = { inbound: "Inbound", outbound: "Outbound" } as const;

/** Inbound vs outbound calls as a donut, each side with its answered count in the legend label. */
export function DirectionChart({ rows }: { rows: DirectionSplitRow[] }) {
  return (
    <DonutChart
      title="Calls by direction"
      slices={rows.map((row) => ({
        key: row.direction,
        label: `${LABELS[row.direction]} (${row.answered.toLocaleString("en-US")} answered)`,
        value: row.calls,
        ...DIRECTION_STYLES[row.direction],
      }))}
    />
  );
}

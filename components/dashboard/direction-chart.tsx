import { DonutChart } from "@/components/charts/donut-chart";
import { DIRECTION_STYLES } from "@/components/charts/palette";
import type { DirectionSplitRow } from "@/lib/analytics";
import { SIDE_LABELS } from "@/lib/domain";
import { viewerFormats } from "@/lib/viewer";

/** Inbound vs outbound calls as a donut, each side with its answered count in the legend label. */
export async function DirectionChart({ rows }: { rows: DirectionSplitRow[] }) {
  const { formatNumber } = await viewerFormats();
  return (
    <DonutChart
      title="Calls by direction"
      slices={rows.map((row) => ({
        key: row.direction,
        label: `${SIDE_LABELS[row.direction]} (${formatNumber(row.answered)} answered)`,
        value: row.calls,
        ...DIRECTION_STYLES[row.direction],
      }))}
    />
  );
}

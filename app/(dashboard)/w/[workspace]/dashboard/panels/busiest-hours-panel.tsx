import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { Heatmap } from "@/components/charts/heatmap";
import { getBusiestHours } from "@/lib/analytics";
import { NO_CALLS, type PanelProps } from "./types";

export const BUSIEST_HOURS_TITLE = "Busiest hours";

export async function BusiestHoursPanel({ query }: PanelProps) {
  const cells = await getBusiestHours(query);
  if (cells.length === 0) return <PanelEmpty title={BUSIEST_HOURS_TITLE} message={NO_CALLS} />;
  return (
    <ChartPanel title={BUSIEST_HOURS_TITLE} description={`Calls by weekday and hour, in ${query.timeZone}`}>
      <Heatmap title="Calls by weekday and hour" cells={cells} />
    </ChartPanel>
  );
}

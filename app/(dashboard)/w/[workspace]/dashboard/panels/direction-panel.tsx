import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { DirectionChart } from "@/components/dashboard/direction-chart";
import { getDirectionSplit } from "@/lib/analytics";
import { NO_CALLS, type PanelProps } from "./types";

export const DIRECTION_TITLE = "Inbound vs outbound";

export async function DirectionPanel({ query }: PanelProps) {
  const rows = await getDirectionSplit(query);
  if (rows.every((row) => row.calls === 0)) return <PanelEmpty title={DIRECTION_TITLE} message={NO_CALLS} />;
  return (
    <ChartPanel
      title={DIRECTION_TITLE}
      description="Outbound includes API calls, dialled legs and SIP trunk terminations"
    >
      <DirectionChart rows={rows} />
    </ChartPanel>
  );
}

import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { CostChart } from "@/components/dashboard/cost-chart";
import { getCostOverTime } from "@/lib/analytics";
import type { PanelProps } from "./types";

export const COST_TITLE = "Cost over time";

export async function CostPanel({ query, range }: PanelProps) {
  const cost = await getCostOverTime(query, range.bucket);
  if (cost.totals.length === 0) return <PanelEmpty title={COST_TITLE} message="No priced calls in this period yet." />;
  return (
    <ChartPanel title={COST_TITLE} description="What Twilio charged, by when the call started">
      <CostChart cost={cost} timeZone={query.timeZone} />
    </ChartPanel>
  );
}

import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { DurationChart } from "@/components/dashboard/duration-chart";
import { getDurationDistribution } from "@/lib/analytics";
import type { PanelProps } from "./types";

export const DURATION_TITLE = "Call length";

export async function DurationPanel({ query }: PanelProps) {
  const bins = await getDurationDistribution(query);
  if (bins.every((bin) => bin.count === 0))
    return <PanelEmpty title={DURATION_TITLE} message="No answered calls in this period." />;
  return (
    <ChartPanel title={DURATION_TITLE} description="How long answered calls lasted">
      <DurationChart bins={bins} />
    </ChartPanel>
  );
}

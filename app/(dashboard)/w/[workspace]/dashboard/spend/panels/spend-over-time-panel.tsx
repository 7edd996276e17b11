import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { SpendChart } from "@/components/dashboard/spend-chart";
import { getSpendOverTime } from "@/lib/analytics";
import { SPEND_GROUPS } from "@/lib/domain";
import type { SpendPanelProps } from "./types";

export const SPEND_OVER_TIME_TITLE = "Spend over time";

export async function SpendOverTimePanel({ query }: SpendPanelProps) {
  const spend = await getSpendOverTime(query);
  if (spend.rows.every((row) => SPEND_GROUPS.every((group) => row[group] === 0))) {
    return <PanelEmpty title={SPEND_OVER_TIME_TITLE} message="No spend in this period." />;
  }
  return (
    <ChartPanel
      title={SPEND_OVER_TIME_TITLE}
      description={
        spend.bucket === "month"
          ? "By UTC month: part of the range is read from Twilio's monthly records, which count whole months."
          : `By UTC ${spend.bucket}. Other is Twilio's total less the kinds shown, so each bar is the total.`
      }
    >
      <SpendChart spend={spend} />
    </ChartPanel>
  );
}

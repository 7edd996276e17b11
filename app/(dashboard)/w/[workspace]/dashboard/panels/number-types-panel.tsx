import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { NumberTypesChart } from "@/components/dashboard/number-types-chart";
import { getNumberTypes } from "@/lib/analytics";
import { NO_CALLS, type PanelProps } from "./types";

export const NUMBER_TYPES_TITLE = "Mobiles and landlines";

export async function NumberTypesPanel({ query }: PanelProps) {
  const rows = await getNumberTypes(query);
  if (rows.length === 0) return <PanelEmpty title={NUMBER_TYPES_TITLE} message={NO_CALLS} />;
  return (
    <ChartPanel
      title={NUMBER_TYPES_TITLE}
      description="The caller's line for inbound calls, the callee's for outbound; US and Canadian numbers do not tell mobiles from landlines"
    >
      <NumberTypesChart rows={rows} />
    </ChartPanel>
  );
}

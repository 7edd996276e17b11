import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { TopNumbersLists } from "@/components/dashboard/ranked-lists";
import { getTopNumbers } from "@/lib/analytics";
import { NO_CALLS, type PanelProps } from "./types";

export const TOP_NUMBERS_TITLE = "Top numbers";

export async function TopNumbersPanel({ query, callsHref }: PanelProps & { callsHref: (number: string) => string }) {
  const top = await getTopNumbers(query);
  if (top.called.length === 0) return <PanelEmpty title={TOP_NUMBERS_TITLE} message={NO_CALLS} />;
  return (
    <ChartPanel title={TOP_NUMBERS_TITLE} description="By number of calls; select a number to see its calls">
      <TopNumbersLists top={top} searchHref={callsHref} />
    </ChartPanel>
  );
}

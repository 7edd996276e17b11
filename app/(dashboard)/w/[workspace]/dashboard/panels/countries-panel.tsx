import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { CountriesList } from "@/components/dashboard/ranked-lists";
import { getCountries } from "@/lib/analytics";
import { NO_CALLS, type PanelProps } from "./types";

export const COUNTRIES_TITLE = "Countries";

export async function CountriesPanel({ query }: PanelProps) {
  const rows = await getCountries(query);
  if (rows.length === 0) return <PanelEmpty title={COUNTRIES_TITLE} message={NO_CALLS} />;
  return (
    <ChartPanel title={COUNTRIES_TITLE} description="The caller's country for inbound calls, the callee's for outbound">
      <CountriesList rows={rows} />
    </ChartPanel>
  );
}

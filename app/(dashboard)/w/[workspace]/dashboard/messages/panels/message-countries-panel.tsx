import { BarList } from "@/components/charts/bar-list";
import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { countryName } from "@/components/dashboard/country-name";
import { getMessageCountries } from "@/lib/analytics";
import { NO_MESSAGES, type MessagePanelProps } from "./types";

export const MESSAGE_COUNTRIES_TITLE = "Countries";

export async function MessageCountriesPanel({ query }: MessagePanelProps) {
  const rows = await getMessageCountries(query);
  if (rows.length === 0) return <PanelEmpty title={MESSAGE_COUNTRIES_TITLE} message={NO_MESSAGES} />;
  return (
    <ChartPanel
      title={MESSAGE_COUNTRIES_TITLE}
      description="The sender's country for inbound messages, the recipient's for outbound"
    >
      <BarList
        title="Messages by the other party's country"
        rows={rows.map((row) => ({
          label: countryName(row.country),
          value: row.messages,
          secondary: `${row.segments} segments`,
        }))}
      />
    </ChartPanel>
  );
}

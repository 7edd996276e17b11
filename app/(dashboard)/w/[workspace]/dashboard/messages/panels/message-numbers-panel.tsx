import { BarList } from "@/components/charts/bar-list";
import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { countryName } from "@/components/dashboard/country-name";
import { getTopMessageNumbers, type MessageNumberRow } from "@/lib/analytics";
import { NO_MESSAGES, type MessagePanelProps } from "./types";

export const MESSAGE_NUMBERS_TITLE = "Top numbers";

export async function MessageNumbersPanel({
  query,
  messagesHref,
}: MessagePanelProps & { messagesHref: (number: string) => string }) {
  const top = await getTopMessageNumbers(query);
  if (top.to.length === 0) return <PanelEmpty title={MESSAGE_NUMBERS_TITLE} message={NO_MESSAGES} />;
  const rows = (list: MessageNumberRow[]) =>
    list.map((row) => ({
      label: row.number,
      value: row.messages,
      secondary: `${countryName(row.country)} · ${row.segments} segments`,
      href: messagesHref(row.number),
    }));
  return (
    <ChartPanel title={MESSAGE_NUMBERS_TITLE} description="By number of messages; select a number to see its messages">
      <div className="grid gap-6 sm:grid-cols-2">
        <BarList title="Most messaged (To)" rows={rows(top.to)} />
        <BarList title="Most messaging (From)" rows={rows(top.from)} />
      </div>
    </ChartPanel>
  );
}

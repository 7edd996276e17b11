import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { Heatmap } from "@/components/charts/heatmap";
import { getMessageBusiestHours } from "@/lib/analytics";
import { NO_MESSAGES, type MessagePanelProps } from "./types";

export const MESSAGE_BUSIEST_HOURS_TITLE = "Busiest hours";

export async function MessageBusiestHoursPanel({ query }: MessagePanelProps) {
  const cells = await getMessageBusiestHours(query);
  if (cells.length === 0) return <PanelEmpty title={MESSAGE_BUSIEST_HOURS_TITLE} message={NO_MESSAGES} />;
  return (
    <ChartPanel
      title={MESSAGE_BUSIEST_HOURS_TITLE}
      description={`Messages by weekday and hour sent, in ${query.timeZone}`}
    >
      <Heatmap title="Messages by weekday and hour" cells={cells} unit="message" />
    </ChartPanel>
  );
}

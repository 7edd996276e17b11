import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { DonutChart } from "@/components/charts/donut-chart";
import { CHANNEL_STYLES } from "@/components/charts/palette";
import { getMessageChannels } from "@/lib/analytics";
import { MESSAGE_CHANNEL_LABELS } from "@/lib/domain";
import { NO_MESSAGES, type MessagePanelProps } from "./types";

export const CHANNELS_TITLE = "Channels";

const isChannel = (channel: string): channel is keyof typeof CHANNEL_STYLES => Object.hasOwn(CHANNEL_STYLES, channel);

export async function ChannelsPanel({ query }: MessagePanelProps) {
  const rows = await getMessageChannels(query);
  if (rows.length === 0) return <PanelEmpty title={CHANNELS_TITLE} message={NO_MESSAGES} />;
  return (
    <ChartPanel title={CHANNELS_TITLE} description="SMS, MMS (with media), WhatsApp and other channels">
      <DonutChart
        title="Messages by channel"
        slices={rows.map((row) => ({
          key: row.channel,
          label: isChannel(row.channel) ? MESSAGE_CHANNEL_LABELS[row.channel] : row.channel,
          value: row.messages,
          ...(isChannel(row.channel) ? CHANNEL_STYLES[row.channel] : CHANNEL_STYLES.other),
        }))}
      />
    </ChartPanel>
  );
}

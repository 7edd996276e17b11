import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { messageStatusSeries } from "@/components/charts/palette";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { getMessageVolume } from "@/lib/analytics";
import { NO_MESSAGES, type MessagePanelProps } from "./types";

export const MESSAGE_VOLUME_TITLE = "Messages over time";

export async function MessageVolumePanel({ query, range }: MessagePanelProps) {
  const volume = await getMessageVolume(query, range.bucket);
  if (volume.statuses.length === 0) return <PanelEmpty title={MESSAGE_VOLUME_TITLE} message={NO_MESSAGES} />;
  return (
    <ChartPanel
      title={MESSAGE_VOLUME_TITLE}
      description={`Per ${range.bucket}, by status, by when the message was sent, in ${query.timeZone}`}
    >
      <TimeSeriesChart
        title={`Messages per ${volume.bucket} by status`}
        data={volume.rows}
        series={messageStatusSeries(volume.statuses)}
        bucket={volume.bucket}
        timeZone={query.timeZone}
      />
    </ChartPanel>
  );
}

import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { CallVolumeChart } from "@/components/dashboard/call-volume-chart";
import { getCallVolume } from "@/lib/analytics";
import { NO_CALLS, type PanelProps } from "./types";

export const VOLUME_TITLE = "Calls over time";

export async function VolumePanel({ query, range }: PanelProps) {
  const volume = await getCallVolume(query, range.bucket);
  if (volume.statuses.length === 0) return <PanelEmpty title={VOLUME_TITLE} message={NO_CALLS} />;
  return (
    <ChartPanel title={VOLUME_TITLE} description={`Per ${range.bucket}, by final status, in ${query.timeZone}`}>
      <CallVolumeChart volume={volume} timeZone={query.timeZone} />
    </ChartPanel>
  );
}

import { statusSeries } from "@/components/charts/palette";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import type { CallVolume } from "@/lib/analytics";

/** Calls per hour, day or week, stacked by how they ended. */
export function CallVolumeChart({ volume, timeZone }: { volume: CallVolume; timeZone: string }) {
  return (
    <TimeSeriesChart
      title={`Calls per ${volume.bucket} by status`}
      data={volume.rows}
      series={statusSeries(volume.statuses)}
      bucket={volume.bucket}
      timeZone={timeZone}
    />
  );
}

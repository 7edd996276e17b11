import { Histogram } from "@/components/charts/histogram";
import type { DurationBin } from "@/lib/analytics";

export function DurationChart({ bins }: { bins: DurationBin[] }) {
  return <Histogram title="Answered calls by length" bins={bins} binLabel="Length" countLabel="Calls" />;
}

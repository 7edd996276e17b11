import { ChartPanel } from "@/components/charts/chart-panel";
import { AnsweredByChart } from "@/components/dashboard/answered-by-chart";
import { getAnsweredBy } from "@/lib/analytics";
import type { PanelProps } from "./types";

export const ANSWERED_BY_TITLE = "Answering machine detection";

/** Renders nothing when no call carries AnsweredBy: accounts without machine detection never see it. */
export async function AnsweredByPanel({ query }: PanelProps) {
  const rows = await getAnsweredBy(query);
  if (rows.length === 0) return null;
  return (
    <ChartPanel title={ANSWERED_BY_TITLE} description="Who picked up calls placed with machine detection">
      <AnsweredByChart rows={rows} />
    </ChartPanel>
  );
}

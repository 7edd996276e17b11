import { BarList } from "@/components/charts/bar-list";
import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { getDeliveryFunnel } from "@/lib/analytics";
import type { MessagePanelProps } from "./types";

export const FUNNEL_TITLE = "Delivery funnel";

export async function DeliveryFunnelPanel({ query }: MessagePanelProps) {
  const { steps, exits } = await getDeliveryFunnel(query);
  const queued = steps[0]?.messages ?? 0;
  if (queued === 0) return <PanelEmpty title={FUNNEL_TITLE} message="No outbound messages in this period." />;
  const share = (messages: number) => `${Math.round((messages / queued) * 1000) / 10}% of outbound`;
  const rows = (list: typeof steps) =>
    list.map((step) => ({ label: step.label, value: step.messages, secondary: share(step.messages) }));
  return (
    <ChartPanel
      title={FUNNEL_TITLE}
      description="Outbound messages: accepted, sent on to the carrier, delivered, read; and where the rest dropped out"
    >
      <div className="space-y-6">
        <BarList title="Steps" rows={rows(steps)} />
        <BarList title="Dropped out" rows={rows(exits)} />
      </div>
    </ChartPanel>
  );
}

import { MessageKpiGrid } from "@/components/dashboard/message-kpi-grid";
import { getMessageKpis } from "@/lib/analytics";
import type { MessagePanelProps } from "./types";

export async function MessageKpiPanel({ query, range, brief }: MessagePanelProps & { brief?: boolean }) {
  return <MessageKpiGrid kpis={await getMessageKpis(query, range.previous)} brief={brief} />;
}

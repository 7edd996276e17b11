import { KpiGrid } from "@/components/dashboard/kpi-grid";
import { getKpis } from "@/lib/analytics";
import type { PanelProps } from "./types";

export async function KpiPanel({ query, range }: PanelProps) {
  return <KpiGrid kpis={await getKpis(query, range.previous)} />;
}

import Link from "next/link";
import { ChartPanel } from "@/components/charts/chart-panel";
import { buttonClass } from "@/components/ui/button-styles";
import type { MessageQuery } from "@/lib/analytics";
import type { ResolvedRange } from "@/lib/filters";
import { MessageKpiPanel } from "../messages/panels/message-kpi-panel";

export const MESSAGES_SUMMARY_TITLE = "Messages";

/**
 * The messages' key figures beside the calls, so an account that only sends messages does not
 * open onto empty call charts. The page shows it only for a connection with messages.
 */
export function MessagesSummaryPanel({
  query,
  range,
  overviewHref,
}: {
  query: MessageQuery;
  range: ResolvedRange;
  overviewHref: string;
}) {
  return (
    <ChartPanel title={MESSAGES_SUMMARY_TITLE} description="The same period and filters, for messages">
      <div className="space-y-4">
        <MessageKpiPanel query={query} range={range} brief />
        <Link href={overviewHref} className={buttonClass("secondary")}>
          Messages overview
        </Link>
      </div>
    </ChartPanel>
  );
}

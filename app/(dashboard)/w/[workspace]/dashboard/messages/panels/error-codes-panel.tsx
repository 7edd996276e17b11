import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { ErrorCodeList } from "@/components/dashboard/error-code-list";
import { getMessageErrors } from "@/lib/analytics";
import type { MessagePanelProps } from "./types";

export const ERROR_CODES_TITLE = "Top error codes";

export async function ErrorCodesPanel({ query }: MessagePanelProps) {
  const rows = await getMessageErrors(query);
  if (rows.length === 0) return <PanelEmpty title={ERROR_CODES_TITLE} message="No message reported an error code." />;
  return (
    <ChartPanel title={ERROR_CODES_TITLE} description="The codes Twilio gave undelivered and failed messages">
      <ErrorCodeList rows={rows} />
    </ChartPanel>
  );
}

import { ChartPanel } from "@/components/charts/chart-panel";
import { RecheckButton } from "@/components/dashboard/recheck-button";
import { COMPLETENESS_ANCHOR } from "@/components/dashboard/verified-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getCompletenessCounts, getMismatchedDays, getVerifiedThrough, type CompletenessScope } from "@/lib/sync";
import { viewerFormats } from "@/lib/viewer";
import { recheckAction } from "../actions";
import { MismatchRow } from "./mismatch-row";

export const COMPLETENESS_TITLE = "Completeness";

type Props = {
  scope: CompletenessScope;
  workspaceId: string;
  /** Whether the viewer may start Check again (as Refresh now: owners and admins). */
  canRecheck: boolean;
};

/**
 * How far the imported calls and messages are verified against Twilio's usage records, and the
 * days where they still differ, with both figures.
 */
export async function CompletenessPanel({ scope, workspaceId, canRecheck }: Props) {
  const [through, days, counts, { formatBucket, formatNumber }] = await Promise.all([
    getVerifiedThrough(scope),
    getMismatchedDays(scope),
    getCompletenessCounts(scope),
    viewerFormats(),
  ]);
  const day = (iso: string) => formatBucket(`${iso}T00:00:00Z`, "day", "UTC", "full");
  return (
    <ChartPanel
      title={COMPLETENESS_TITLE}
      description="Each settled UTC day's imported calls and messages against Twilio's own usage records of them."
    >
      <div id={COMPLETENESS_ANCHOR} className="scroll-mt-20 space-y-4 text-sm">
        <p data-testid="verified-through">
          {through ? (
            <>
              Verified through <strong>{day(through)}</strong>: every day up to it holds as many billed calls, minutes
              and messages, at the same cost, as Twilio counts.
            </>
          ) : (
            "Nothing verified yet: the check runs once an account's usage has been read and its days have settled."
          )}{" "}
          {formatNumber(counts.verified)} account-days agree, {formatNumber(counts.mismatch)} differ,{" "}
          {formatNumber(counts.pending)} are too recent to check (Twilio still counts them).
        </p>
        {days.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No day differs from Twilio&apos;s usage.</p>
        ) : (
          <ScrollRegion label="Days that differ" className="max-h-96 overflow-y-auto">
            <table className="w-full text-left text-xs tabular-nums" data-testid="mismatched-days">
              <caption className="px-1 pb-2 text-left text-slate-600 dark:text-slate-400">
                Days that differ: imported, then Twilio&apos;s figure
              </caption>
              <thead className="text-slate-500 dark:text-slate-400">
                <tr>
                  {["Day (UTC)", "Account", "Calls", "Minutes", "Call cost", "Messages", "Message cost"].map((head) => (
                    <th key={head} scope="col" className="px-2 py-1.5 font-medium whitespace-nowrap">
                      {head}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {days.map((mismatch) => (
                  <MismatchRow
                    key={`${mismatch.accountSid}-${mismatch.day}`}
                    mismatch={mismatch}
                    dayLabel={day(mismatch.day)}
                  />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {days.length > 0 && canRecheck ? (
          <RecheckButton workspaceId={workspaceId} connectionId={scope.connectionId} action={recheckAction} />
        ) : null}
      </div>
    </ChartPanel>
  );
}

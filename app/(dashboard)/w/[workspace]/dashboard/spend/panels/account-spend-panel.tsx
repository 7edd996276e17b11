import { ChartPanel } from "@/components/charts/chart-panel";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getSpendByAccount } from "@/lib/analytics";
import { viewerFormats } from "@/lib/viewer";
import type { SpendPanelProps } from "./types";

export const ACCOUNT_SPEND_TITLE = "Spend per account";

/** The owner and each subaccount; an account whose usage Twilio would not show says so instead of "0". */
export async function AccountSpendPanel({ query }: SpendPanelProps) {
  const [{ accounts, currency }, { formatCurrency }] = await Promise.all([getSpendByAccount(query), viewerFormats()]);
  return (
    <ChartPanel title={ACCOUNT_SPEND_TITLE} description="Each account's own usage, without its subaccounts'.">
      <ScrollRegion label={ACCOUNT_SPEND_TITLE} className="max-h-96 overflow-y-auto">
        <table className="w-full text-left text-sm tabular-nums" data-testid="account-spend">
          <caption className="sr-only">{ACCOUNT_SPEND_TITLE}</caption>
          <thead className="text-xs text-slate-500 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Account
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Spend
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {accounts.map((account) => (
              <tr key={account.sid}>
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  {account.name}
                  <span className="ml-2 text-xs text-muted">{account.isOwner ? "Owner" : "Subaccount"}</span>
                </th>
                <td className="py-1.5 text-right">
                  {account.usageError ? (
                    <span className="text-xs text-amber-800 dark:text-amber-300">
                      Usage not readable ({account.usageError})
                    </span>
                  ) : (
                    formatCurrency(account.amount, currency)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </ChartPanel>
  );
}

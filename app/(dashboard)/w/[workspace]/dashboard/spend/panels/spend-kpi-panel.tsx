import { KpiCard } from "@/components/charts/kpi-card";
import { getMonthToDate, getSpendTotals } from "@/lib/analytics";
import { viewerFormats } from "@/lib/viewer";
import { monthlyRecordsNote } from "./monthly-note";
import type { SpendPanelProps } from "./types";

/** Total spend with its change, the current UTC month so far, and its run-rate projection. */
export async function SpendKpiPanel({ query }: SpendPanelProps) {
  const [totals, month, { formatBucket, formatNumber }] = await Promise.all([
    getSpendTotals(query),
    getMonthToDate(query),
    viewerFormats(),
  ]);
  const monthName = formatBucket(`${month.from}T00:00:00Z`, "month", "UTC", "full");
  const monthly = monthlyRecordsNote(totals.current.monthlyMonths, formatBucket);
  return (
    <section aria-labelledby="spend-kpi-heading" className="space-y-2">
      <h2 id="spend-kpi-heading" className="sr-only">
        Key figures
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="spend-kpis">
        <KpiCard
          label="Spend"
          value={totals.current.amount}
          previous={totals.previous.amount}
          format="currency"
          currency={totals.current.currency}
          goodWhen="down"
          note={totals.previousInHistory ? undefined : "No change: the days before start before the imported usage"}
        />
        <KpiCard
          label={`Month to date (${monthName})`}
          value={month.amount}
          format="currency"
          currency={month.currency}
          note={`${formatBucket(`${month.from}T00:00:00Z`, "day", "UTC")} to today so far, UTC`}
        />
        <KpiCard
          label={`Projected for ${monthName}`}
          value={month.projection}
          format="currency"
          currency={month.currency}
          note={
            month.projection === null
              ? "From tomorrow: no complete day yet"
              : `Average of ${formatNumber(month.completeDays)} complete days × ${formatNumber(month.daysInMonth)} days`
          }
        />
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Spend is Twilio&apos;s own total of its usage records (the &ldquo;totalprice&rdquo; category) for the UTC days
        of the range. The change compares with the same number of days just before, when the imported usage reaches back
        that far. The projection takes the average spend of this month&apos;s complete UTC days (today, still being
        counted, is left out) times the days in the month; there is none on the 1st.
        {monthly ? ` ${monthly}` : ""}
      </p>
    </section>
  );
}

import { viewerFormats } from "@/lib/viewer";
import { KpiCard } from "@/components/charts/kpi-card";
import type { CurrencyAmount, Kpis } from "@/lib/analytics";

/** The amount in the currency that carries most of it; the previous period in the same currency. */
export function mainAmount(current: CurrencyAmount[], previous: CurrencyAmount[]) {
  const main = current[0] ?? previous[0];
  const inCurrency = (list: CurrencyAmount[]) => list.find((c) => c.currency === main?.currency)?.amount ?? 0;
  return main ? { currency: main.currency, value: inCurrency(current), previous: inCurrency(previous) } : null;
}

/** The headline numbers with their change against the previous period of the same length. */
export async function KpiGrid({ kpis }: { kpis: Kpis }) {
  const { formatCurrency } = await viewerFormats();
  const { current, previous } = kpis;
  const cost = mainAmount(current.cost, previous.cost);
  const others = current.cost.slice(1);
  return (
    <section aria-labelledby="kpi-heading" className="space-y-2">
      <h2 id="kpi-heading" className="sr-only">
        Key figures
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="kpis">
        <KpiCard label="Calls" value={current.calls} previous={previous.calls} format="number" />
        <KpiCard label="Answer rate" value={current.answerRate} previous={previous.answerRate} format="percent" />
        <KpiCard
          label="Total duration"
          value={current.durationSeconds}
          previous={previous.durationSeconds}
          format="duration"
        />
        <KpiCard
          label="Average answered call"
          value={current.averageDurationSeconds}
          previous={previous.averageDurationSeconds}
          format="duration"
        />
        <KpiCard
          label="Cost"
          value={cost?.value ?? null}
          previous={cost?.previous ?? null}
          format="currency"
          currency={cost?.currency}
          goodWhen="down"
        />
        <KpiCard label="Failed" value={current.failed} previous={previous.failed} format="number" goodWhen="down" />
        <KpiCard label="Busy" value={current.busy} previous={previous.busy} format="number" goodWhen="down" />
        <KpiCard
          label="No answer"
          value={current.noAnswer}
          previous={previous.noAnswer}
          format="number"
          goodWhen="down"
        />
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Answered means the call ended with status <em>completed</em>; the average is over answered calls. Cost is what
        Twilio charged
        {others.length > 0
          ? ` in ${cost?.currency}; also ${others.map((o) => formatCurrency(o.amount, o.currency)).join(", ")} in other currencies`
          : ""}
        . Changes compare with the same length of time just before.
      </p>
    </section>
  );
}

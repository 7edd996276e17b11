// What each overview panel adds up to for one query, for tests that hold the panels to the key
// figures: a call a panel drops or counts twice shows as a total that differs from the KPIs.
import {
  getAnsweredBy,
  getBusiestHours,
  getCallVolume,
  getCostOverTime,
  getCountries,
  getDirectionSplit,
  getDurationDistribution,
  getKpis,
  getNumberTypes,
  getTopNumbers,
  type AnalyticsQuery,
} from "@/lib/analytics";
import type { ResolvedRange } from "@/lib/filters";

/** Enough rows that no top list or breakdown is cut short. */
const ALL = 100_000;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Costs per currency, rounded to the fifth decimal the database keeps. */
const costs = (amounts: { currency: string; amount: number }[]) =>
  Object.fromEntries(amounts.map(({ currency, amount }) => [currency, Math.round(amount * 100_000)]));

/** The KPI figures and, beside them, each panel's total for the same query, as the page runs them. */
export async function panelTotals(q: AnalyticsQuery, range: ResolvedRange) {
  const [kpis, volume, cost, direction, busiest, countries, numberTypes, top, durations, answeredBy] =
    await Promise.all([
      getKpis(q, range.previous),
      getCallVolume(q, range.bucket),
      getCostOverTime(q, range.bucket),
      getDirectionSplit(q),
      getBusiestHours(q),
      getCountries(q, ALL),
      getNumberTypes(q),
      getTopNumbers(q, ALL),
      getDurationDistribution(q),
      getAnsweredBy(q),
    ]);
  const { current } = kpis;
  return {
    kpis: { calls: current.calls, answered: current.answered, cost: costs(current.cost) },
    panels: {
      callsOverTime: sum(volume.rows.flatMap((row) => volume.statuses.map((status) => row[status]))),
      costOverTime: costs(
        cost.totals.map(({ currency }) => ({ currency, amount: sum(cost.rows.map((row) => Number(row[currency]))) })),
      ),
      direction: sum(direction.map((row) => row.calls)),
      answeredByDirection: sum(direction.map((row) => row.answered)),
      busiestHours: sum(busiest.map((cell) => cell.value)),
      countries: sum(countries.map((row) => row.calls)),
      numberTypes: sum(numberTypes.map((row) => row.calls)),
      numbersCalled: sum(top.called.map((row) => row.calls)),
      numbersCalling: sum(top.calling.map((row) => row.calls)),
      answeredDurations: sum(durations.map((bin) => bin.count)),
      machineDetection: sum(answeredBy.map((row) => row.calls)),
    },
  };
}

import { BarList } from "@/components/charts/bar-list";
import { ChartPanel, PanelEmpty } from "@/components/charts/chart-panel";
import { getTopSpendCategories, type SpendCategoryRow } from "@/lib/analytics";
import { SPEND_GROUP_LABELS } from "@/lib/domain";
import { viewerFormats } from "@/lib/viewer";
import type { SpendPanelProps } from "./types";

export const TOP_CATEGORIES_TITLE = "Top categories";

export async function TopCategoriesPanel({ query }: SpendPanelProps) {
  const [top, { formatNumber, formatCurrency }] = await Promise.all([getTopSpendCategories(query), viewerFormats()]);
  if (top.total === 0 && top.categories.length === 0) {
    return <PanelEmpty title={TOP_CATEGORIES_TITLE} message="No usage in this period." />;
  }
  const measure = (value: number, unit: string | null) => `${formatNumber(value)}${unit ? ` ${unit}` : ""}`;
  const secondary = (row: SpendCategoryRow) =>
    [
      // The kind it is counted under, unless its own name says it ("Recordings").
      ...(SPEND_GROUP_LABELS[row.group] === row.label ? [] : [SPEND_GROUP_LABELS[row.group]]),
      measure(row.count, row.countUnit),
      ...(row.usageUnit && row.usageUnit !== row.countUnit ? [measure(row.usage, row.usageUnit)] : []),
    ].join(" · ");
  const rows = [
    ...top.categories.map((row) => ({ label: row.label, value: row.amount, secondary: secondary(row) })),
    ...(top.other === 0 ? [] : [{ label: "Other", value: top.other, secondary: "not broken down by Twilio here" }]),
  ].sort((a, b) => b.value - a.value);
  return (
    <ChartPanel
      title={TOP_CATEGORIES_TITLE}
      description={`Twilio's usage categories, each counted once: ${formatCurrency(top.total, top.currency)} in all.`}
    >
      <BarList title="Spend by usage category" rows={rows} valueFormat="currency" currency={top.currency} />
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
        Twilio&apos;s categories overlap (Voice calls holds inbound and outbound calls; the total holds everything), so
        only top-level categories are listed, never a part of one beside it. Other is the total less the categories
        listed.
      </p>
    </ChartPanel>
  );
}

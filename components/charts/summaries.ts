// The text behind each chart's role="img" label: what is plotted, then the figures a sighted reader
// would take from it at a glance (total and peak, or each share).

export type SummaryPoint = { label: string; value: number };

export function listLabels(labels: readonly string[]): string {
  return new Intl.ListFormat("en-US", { type: "conjunction" }).format(labels);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** "Total 1,234; highest Mar 5 with 300." */
export function describeTotalAndPeak(points: readonly SummaryPoint[], format: (value: number) => string): string {
  const total = sum(points.map((p) => p.value));
  if (points.length === 0 || total === 0) return "No data in this period.";
  const peak = points.reduce((best, p) => (p.value > best.value ? p : best));
  return `Total ${format(total)}; highest ${peak.label} with ${format(peak.value)}.`;
}

/** "Inbound 60% (600), Outbound 40% (400)." */
export function describeShares(
  points: readonly SummaryPoint[],
  format: (value: number) => string,
  percent: (ratio: number) => string,
): string {
  const total = sum(points.map((p) => p.value));
  if (total === 0) return "No data in this period.";
  return `${points.map((p) => `${p.label} ${percent(p.value / total)} (${format(p.value)})`).join(", ")}.`;
}

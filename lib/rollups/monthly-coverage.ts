import { monthStart, type Period } from "@/lib/time";

/**
 * The months an account's monthly stats count in full: [from, until), whole UTC months. `from`
 * null reaches back to the account's first call; `until` null means no month is counted yet.
 */
export type Coverage = { from: Date | null; until: Date | null };

const NEVER = new Date(-8.64e15);

/**
 * Coverage without the months of `span` (an import is about to write there). When that leaves two
 * stretches, the newer one is kept: recent months are the ones dashboards show most.
 */
export function withoutSpan(coverage: Coverage, span: Period): Coverage {
  if (!coverage.until) return coverage;
  const from = coverage.from ?? NEVER;
  const start = monthStart(span.start);
  const end = span.end > monthStart(span.end) ? monthStart(span.end, 1) : span.end;
  if (end <= from || start >= coverage.until) return coverage;
  if (end < coverage.until) return { from: end, until: coverage.until };
  return start > from ? { from: coverage.from, until: start } : { from: null, until: null };
}

/** Coverage grown by the months just rebuilt, as far as they join it without a gap. */
export function withMonths(coverage: Coverage, rebuilt: readonly Period[]): Coverage {
  const sorted = [...rebuilt].sort((a, b) => a.start.getTime() - b.start.getTime());
  let { from, until } = coverage;
  let grown = true;
  while (grown) {
    grown = false;
    for (const month of sorted) {
      if (!until) [from, until, grown] = [month.start, month.end, true];
      else if (month.start.getTime() === until.getTime()) [until, grown] = [month.end, true];
      else if (from && month.end.getTime() === from.getTime()) [from, grown] = [month.start, true];
    }
  }
  return { from, until };
}

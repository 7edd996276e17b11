// The usual level of an hour, told in one sentence: the median of the same weekday-hour over the
// last weeks, and a spread around it that one odd week cannot stretch (the median absolute
// deviation, scaled to read like a standard deviation), never narrower than the natural noise of
// counts (the square root of the median) nor than one call.

/** The middle value (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** 1.4826 × MAD estimates the standard deviation of normally distributed values. */
const MAD_TO_SD = 1.4826;

export type Baseline = { median: number; spread: number };

export function baselineOf(values: readonly number[]): Baseline | null {
  const middle = median(values);
  if (middle === null) return null;
  const mad = median(values.map((value) => Math.abs(value - middle))) ?? 0;
  return { median: middle, spread: Math.max(MAD_TO_SD * mad, Math.sqrt(middle), 1) };
}

/** How many spreads `value` lies above (positive) or below (negative) the median. */
export function spreadsFrom(baseline: Baseline, value: number): number {
  return (value - baseline.median) / baseline.spread;
}

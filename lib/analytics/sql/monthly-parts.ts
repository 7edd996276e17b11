import { monthStart, type Period } from "@/lib/time";

/**
 * A period's calls as monthly sums plus corrections: the sums of `months` (UTC month starts), plus
 * the calls in `add`, minus the calls in `subtract`.
 */
export type MonthlyParts = { months: Date[]; add: Period[]; subtract: Period[] };

const length = (period: Period) => period.end.getTime() - period.start.getTime();

/**
 * The cheapest mix for a period, where sums count only the months inside `counted`.
 * A month the period covers whole is read from its sums. A month it covers in part is read from
 * its calls when that part is the smaller one; otherwise from its sums minus the calls in the rest
 * of the month. So a year ending today reads twelve sums and the rest of this month, which has no
 * calls yet, instead of a year of calls.
 */
export function monthlyParts(period: Period, counted: Period): MonthlyParts {
  const parts: MonthlyParts = { months: [], add: [], subtract: [] };
  for (let month = monthStart(period.start); month < period.end; month = monthStart(month, 1)) {
    const whole = { start: month, end: monthStart(month, 1) };
    const inside = {
      start: new Date(Math.max(whole.start.getTime(), period.start.getTime())),
      end: new Date(Math.min(whole.end.getTime(), period.end.getTime())),
    };
    const readable = whole.start >= counted.start && whole.end <= counted.end;
    if (!readable || length(whole) - length(inside) >= length(inside)) {
      appendPeriod(parts.add, inside);
      continue;
    }
    parts.months.push(month);
    for (const rest of [
      { start: whole.start, end: inside.start },
      { start: inside.end, end: whole.end },
    ]) {
      if (rest.start < rest.end) appendPeriod(parts.subtract, rest);
    }
  }
  return parts;
}

/** Adds a period to a list, joined to the last one when they touch: fewer scans of the calls. */
function appendPeriod(periods: Period[], period: Period): void {
  const last = periods.at(-1);
  if (last && last.end.getTime() === period.start.getTime()) last.end = period.end;
  else periods.push({ ...period });
}

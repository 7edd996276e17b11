import { monthStart, type Period } from "@/lib/time";

/** A calendar year, quarter or month of sums (by its months and first month), or a span of days. */
export type CalendarPart = { sign: 1 | -1 } & ({ months: 1 | 3 | 12; start: Date } | { days: Period });

const LEVELS = [12, 3, 1] as const;

const length = (period: Period) => Math.max(0, period.end.getTime() - period.start.getTime());
const later = (a: Date, b: Date) => (a > b ? a : b);
const earlier = (a: Date, b: Date) => (a < b ? a : b);
/** The first month of the calendar unit of `months` months holding `date`. */
const unitStart = (date: Date, months: number) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (date.getUTCMonth() % months), 1));

/**
 * Whole UTC days as the cheapest signed mix of calendar sums (years, quarters, months) and days,
 * for data that lies within `data` (whole days; parts outside it hold nothing, so a year ending
 * in the future is read whole), using only the sums `usable` accepts. A unit the days cover whole is read from its sums; one they cover
 * more than half of (of its stretch holding data) is read from its sums minus the rest; otherwise
 * its part is read at the next level down, and days are read as days. So the last 365 days read
 * last year's December minus its first days, and this year's sums: a few rows per number instead
 * of one per number and month.
 */
export function calendarParts(
  days: Period,
  data: Period,
  usable: (months: number, start: Date) => boolean = () => true,
): CalendarPart[] {
  const parts: CalendarPart[] = [];
  const decompose = (target: Period, sign: 1 | -1, level: number) =>
    decomposeAt(target, sign, level, { data, usable, parts });
  decompose(days, 1, 0);
  return parts;
}

type Context = { data: Period; usable: (months: number, start: Date) => boolean; parts: CalendarPart[] };

function decomposeAt(target: Period, sign: 1 | -1, level: number, context: Context): void {
  const { data, usable, parts } = context;
  const within = { start: later(target.start, data.start), end: earlier(target.end, data.end) };
  if (within.start >= within.end) return;
  const months = LEVELS[level];
  if (!months) {
    parts.push({ sign, days: within });
    return;
  }
  for (let start = unitStart(within.start, months); start < within.end; start = monthStart(start, months)) {
    const unit = { start: later(start, data.start), end: earlier(monthStart(start, months), data.end) };
    const inside = { start: later(unit.start, within.start), end: earlier(unit.end, within.end) };
    if (length(inside) * 2 <= length(unit) || !usable(months, start)) {
      decomposeAt(inside, sign, level + 1, context);
      continue;
    }
    parts.push({ sign, months, start });
    for (const rest of [
      { start: unit.start, end: inside.start },
      { start: inside.end, end: unit.end },
    ]) {
      decomposeAt(rest, sign === 1 ? -1 : 1, level + 1, context);
    }
  }
}

// UTC calendar months, the unit of the monthly stats.

import type { Period } from "./period";

/** The start of the UTC month `instant` falls in, or of a month that many later. */
export function monthStart(instant: Date, monthsLater = 0): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() + monthsLater, 1));
}

/** The start of the calendar quarter a month falls in. */
export function quarterStart(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() - (instant.getUTCMonth() % 3), 1));
}

/** The whole months a span touches. */
export function monthsOf(span: Period): Period[] {
  const months: Period[] = [];
  for (let month = monthStart(span.start); month < span.end; month = monthStart(month, 1))
    months.push({ start: month, end: monthStart(month, 1) });
  return months;
}

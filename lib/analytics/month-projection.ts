/**
 * The run-rate projection to the end of a UTC month: the average spend of its complete days (the
 * days before today) times the month's days. None on the 1st, when no day is complete yet: today's
 * usage is still being counted and would read low.
 */
export function projectMonthEnd(completeDaysSpend: number, completeDays: number, daysInMonth: number): number | null {
  if (completeDays < 1) return null;
  return (completeDaysSpend / completeDays) * daysInMonth;
}

/** The current UTC month as calendar dates: its first day, today, and how many days it has. */
export function utcMonthToDate(now: Date): { from: string; today: string; daysInMonth: number } {
  const today = now.toISOString().slice(0, 10);
  const daysInMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
  return { from: `${today.slice(0, 8)}01`, today, daysInMonth };
}

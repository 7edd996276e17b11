// Calendar dates and wall clocks in IANA time zones, with Intl as the only source of offsets so that
// DST gaps and overlaps resolve the same way on the server and in the browser.

const DAY_MS = 86_400_000;
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock an instant shows in a zone, expressed on a UTC timeline (whole seconds). */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = partsFormatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
}

function offsetMs(instant: number, timeZone: string): number {
  return wallClockMs(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens. A time that occurs twice (fall back) resolves to the earlier one;
 * a skipped time (spring forward) is read with the offset from before the jump, landing as far past the
 * gap as it was into it — Temporal's "compatible" rule, so midnight in a gap becomes the day's first instant.
 */
function instantOfWallClock(wall: number, timeZone: string): number {
  const offsets = [...new Set([wall - DAY_MS, wall, wall + DAY_MS].map((t) => offsetMs(t, timeZone)))];
  const matches = offsets.map((o) => wall - o).filter((t) => wallClockMs(t, timeZone) === wall);
  return matches.length > 0 ? Math.min(...matches) : wall - Math.min(...offsets);
}

function utcDay(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** A real calendar date written as YYYY-MM-DD (so 2026-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(utcDay(value)).toISOString().slice(0, 10) === value;
}

/** The zone's canonical IANA name, or null when Intl does not know it. UTC offsets such as +02:00 are refused. */
export function canonicalTimeZone(value: string): string | null {
  if (!/^[A-Za-z]/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function addIsoDays(date: string, days: number): string {
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The calendar date an instant falls on in a zone. */
export function zonedDate(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The first instant of a calendar date in a zone (01:00 local where midnight is skipped by DST). */
export function zonedMidnight(date: string, timeZone: string): Date {
  return new Date(instantOfWallClock(utcDay(date), timeZone));
}

/** The same wall-clock time a number of calendar days earlier or later, whatever DST did in between. */
export function shiftZonedDays(instant: Date, days: number, timeZone: string): Date {
  const millis = instant.getTime() - Math.floor(instant.getTime() / 1000) * 1000;
  const wall = wallClockMs(instant.getTime(), timeZone) + days * DAY_MS;
  return new Date(instantOfWallClock(wall, timeZone) + millis);
}

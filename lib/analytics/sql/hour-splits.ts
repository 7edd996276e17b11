import type { Period } from "../types";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset at an instant in minutes, from Intl ("GMT+05:30" → 330). */
function offsetMinutes(instant: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /^GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** How finely a UTC hour must be split so each piece sits inside one local hour of a zone. */
export type HourSplit = "whole" | "halves";

/**
 * The split that keeps rollup hours inside local hours throughout the period: whole hours when
 * every offset is a whole number of hours, halves when every offset is a multiple of 30 minutes
 * (India, Newfoundland…), null for quarter-hour zones (Nepal, Chatham), which read the calls.
 * Offsets change at most a few times a year, so sampling once a day (and at both ends) finds
 * every offset the zone uses in the period.
 */
export function hourSplitFor(timeZone: string, period: Period): HourSplit | null {
  let split: HourSplit = "whole";
  const end = period.end.getTime();
  for (let t = period.start.getTime(); ; t = Math.min(t + DAY_MS, end)) {
    const minutes = offsetMinutes(t, timeZone) % 60;
    if (minutes % 30 !== 0) return null;
    if (minutes !== 0) split = "halves";
    if (t >= end) return split;
  }
}

export function ceilHour(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / HOUR_MS) * HOUR_MS);
}

export function floorHour(date: Date): Date {
  return new Date(Math.floor(date.getTime() / HOUR_MS) * HOUR_MS);
}

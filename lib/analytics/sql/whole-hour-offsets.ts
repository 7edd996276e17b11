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

/**
 * Whether every UTC hour of the period is also a whole local hour, so hourly rollups bucket
 * exactly like the calls they sum. Offsets change at most a few times a year, so sampling once a
 * day (and at both ends) finds any half- or quarter-hour offset the zone uses in the period.
 */
export function hasWholeHourOffsets(timeZone: string, period: Period): boolean {
  const end = period.end.getTime();
  for (let t = period.start.getTime(); ; t = Math.min(t + DAY_MS, end)) {
    if (offsetMinutes(t, timeZone) % 60 !== 0) return false;
    if (t >= end) return true;
  }
}

export function ceilHour(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / HOUR_MS) * HOUR_MS);
}

export function floorHour(date: Date): Date {
  return new Date(Math.floor(date.getTime() / HOUR_MS) * HOUR_MS);
}

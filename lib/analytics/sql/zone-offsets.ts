import type { HourSplit } from "@/lib/rollups";
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

/** A stretch of a period over which a zone keeps one UTC offset, up to `until` (null: the period's end). */
export type OffsetSpan = { until: Date | null; minutes: number };

// A bucketed query asks twice (its rollup split and its local time), and each panel of a page
// asks for the same zone and range, so answers are kept.
const spansCache = new Map<string, readonly OffsetSpan[]>();
const SPANS_CACHE_SIZE = 200;

/**
 * The zone's offsets over the period, in order. Offsets change at most a few times a year, so a
 * sample a day (and at the end) finds each change, and a binary search then finds its instant.
 */
export function offsetSpans(timeZone: string, period: Period): readonly OffsetSpan[] {
  const key = `${timeZone}|${period.start.getTime()}|${period.end.getTime()}`;
  let spans = spansCache.get(key);
  if (!spans) {
    if (spansCache.size >= SPANS_CACHE_SIZE) spansCache.clear();
    spans = findOffsetSpans(timeZone, period);
    spansCache.set(key, spans);
  }
  return spans;
}

function findOffsetSpans(timeZone: string, period: Period): OffsetSpan[] {
  const spans: OffsetSpan[] = [];
  const end = period.end.getTime();
  let previous = period.start.getTime();
  let minutes = offsetMinutes(previous, timeZone);
  for (let t = Math.min(previous + DAY_MS, end); ; t = Math.min(t + DAY_MS, end)) {
    const next = offsetMinutes(t, timeZone);
    if (next !== minutes) {
      let [before, after] = [previous, t];
      while (after - before > 1) {
        const middle = Math.floor((before + after) / 2);
        if (offsetMinutes(middle, timeZone) === minutes) before = middle;
        else after = middle;
      }
      spans.push({ until: new Date(after), minutes });
      minutes = next;
    }
    if (t >= end) break;
    previous = t;
  }
  spans.push({ until: null, minutes });
  return spans;
}

/**
 * The split that keeps rollup hours inside local hours throughout the period: whole hours when
 * every offset is a whole number of hours, halves when every offset is a multiple of 30 minutes
 * (India, Newfoundland…), null for quarter-hour zones (Nepal, Chatham), which read the calls.
 */
export function hourSplitFor(timeZone: string, period: Period): HourSplit | null {
  const remainders = offsetSpans(timeZone, period).map((span) => Math.abs(span.minutes % 60));
  if (remainders.some((minutes) => minutes % 30 !== 0)) return null;
  return remainders.every((minutes) => minutes === 0) ? "whole" : "halves";
}

export function ceilHour(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / HOUR_MS) * HOUR_MS);
}

export function floorHour(date: Date): Date {
  return new Date(Math.floor(date.getTime() / HOUR_MS) * HOUR_MS);
}

// Dates and times in the time zone the viewer chose, in one clock style (see locale.ts).
import type { Bucket } from "@/lib/filters";
import { HOUR_CYCLE } from "./locale";

/** A chart's time bucket: the dashboards' hours, days and weeks, and calendar months (spend). */
export type ChartBucket = Bucket | "month";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cachedDateFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, hourCycle: HOUR_CYCLE, ...options });
    dateFormats.set(key, format);
  }
  return format;
}

const when = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** The date and time formatters of one locale. */
export function dateFormatsFor(locale: string) {
  const dateFormat = (timeZone: string, options: Intl.DateTimeFormatOptions) =>
    cachedDateFormat(locale, timeZone, options);

  /**
   * A bucket's start as text in the dashboard's time zone. "axis" is short ("14:00", "Mar 8"; an hour
   * axis names the day at midnight); "full" is unambiguous for tooltips and tables, including the
   * zone abbreviation for hours, since a fall-back day has two 01:00 buckets.
   */
  function formatBucket(iso: string, bucket: ChartBucket, timeZone: string, style: "axis" | "full" = "axis"): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    if (bucket === "month") {
      return dateFormat(timeZone, { month: style === "axis" ? "short" : "long", year: "numeric" }).format(date);
    }
    const day: Intl.DateTimeFormatOptions = { month: "short", day: "numeric" };
    if (style === "axis") {
      const hour = dateFormat(timeZone, { hour: "2-digit", minute: "2-digit" }).format(date);
      return bucket === "hour" && !hour.startsWith("00:") ? hour : dateFormat(timeZone, day).format(date);
    }
    if (bucket === "hour") {
      return dateFormat(timeZone, {
        weekday: "short",
        ...day,
        hour: "2-digit",
        minute: "2-digit",
        timeZoneName: "short",
      }).format(date);
    }
    const full = dateFormat(timeZone, {
      ...day,
      year: "numeric",
      ...(bucket === "day" ? { weekday: "short" } : {}),
    }).format(date);
    return bucket === "week" ? `Week of ${full}` : full;
  }

  /** An instant to the second with the zone's abbreviation ("Mar 8, 2026, 14:05:09 UTC"): a call's start. */
  function formatInstant(value: Date | string | null, timeZone: string): string {
    if (value === null) return "—";
    return dateFormat(timeZone, {
      dateStyle: "medium",
      timeStyle: "long",
    }).format(when(value));
  }

  /** An instant to the minute ("Mar 8, 2026, 14:05"): when something happened, in lists and notices. */
  function formatDateTime(value: Date | string, timeZone: string): string {
    return dateFormat(timeZone, { dateStyle: "medium", timeStyle: "short" }).format(when(value));
  }

  /** The time of day to the second ("14:05:09"): when something started today. */
  function formatClock(value: Date | string, timeZone: string): string {
    return dateFormat(timeZone, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(when(value));
  }

  return { formatBucket, formatInstant, formatDateTime, formatClock };
}

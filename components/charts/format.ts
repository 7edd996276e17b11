// Shared number and date formatting for charts and KPIs.
//
// The locale is fixed to en-US, like the rest of the UI text: client charts are also rendered on the
// server, and a locale read from the environment would differ between the two and break hydration.
//
// Durations come in as seconds and follow one rule by size: under a minute "45s", under an hour
// "3m 20s" (precise enough for averages), from an hour on whole minutes "1,234 min" (what Twilio bills,
// so totals read like an invoice). Compact axis labels use seconds below a minute, then minutes
// to one decimal ("2.5 min", "12K min").

import type { Bucket } from "@/lib/filters";

export type ValueFormat = "number" | "percent" | "duration" | "currency";

const LOCALE = "en-US";
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    cache.set(key, format);
  }
  return format;
}

export function formatNumber(value: number): string {
  return numberFormat({ maximumFractionDigits: 1 }).format(value);
}

export function formatCompact(value: number): string {
  return numberFormat({ notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A ratio (0.123) as a percentage ("12.3%"). */
export function formatPercent(ratio: number): string {
  return numberFormat({ style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  if (Math.abs(total) < 60) return `${total}s`;
  if (Math.abs(total) < 3600) {
    const rest = Math.abs(total) % 60;
    return `${Math.trunc(total / 60)}m${rest ? ` ${rest}s` : ""}`;
  }
  return `${numberFormat({ maximumFractionDigits: 0 }).format(total / 60)} min`;
}

export function formatDurationCompact(seconds: number): string {
  return Math.abs(seconds) < 60 ? `${Math.round(seconds)}s` : `${formatCompact(seconds / 60)} min`;
}

/** Money in an ISO 4217 currency; an unknown code is shown after the plain number rather than failing the render. */
export function formatCurrency(value: number, currency = "USD", compact = false): string {
  try {
    return numberFormat({ style: "currency", currency, ...(compact ? { notation: "compact" } : {}) }).format(value);
  } catch {
    return `${compact ? formatCompact(value) : formatNumber(value)} ${currency}`;
  }
}

export type FormatOptions = { currency?: string; compact?: boolean };

export function formatValue(
  value: number,
  format: ValueFormat,
  { currency, compact = false }: FormatOptions = {},
): string {
  switch (format) {
    case "percent":
      return formatPercent(value);
    case "duration":
      return compact ? formatDurationCompact(value) : formatDuration(value);
    case "currency":
      return formatCurrency(value, currency, compact);
    default:
      return compact ? formatCompact(value) : formatNumber(value);
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, { timeZone, hourCycle: "h23", ...options });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A bucket's start as text in the dashboard's time zone. "axis" is short ("14:00", "Mar 8"; an hour
 * axis names the day at midnight); "full" is unambiguous for tooltips and tables, including the
 * zone abbreviation for hours, since a fall-back day has two 01:00 buckets.
 */
export function formatBucket(iso: string, bucket: Bucket, timeZone: string, style: "axis" | "full" = "axis"): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
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

import { formatCurrency, formatDuration } from "@/components/charts/format";

// How the call log and the call detail write a call's fields.

/** A price as the cost it is (Twilio's negative price → positive cost), or a dash while unpriced. */
export function costLabel(price: number | null, unit: string | null): string {
  return price === null ? "—" : formatCurrency(-price, unit ?? "USD");
}

export const durationLabel = (seconds: number | null) => (seconds === null ? "—" : formatDuration(seconds));

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant in the dashboard's zone, to the second, with the zone's abbreviation. */
export function timeLabel(instant: Date | null, timeZone: string): string {
  if (!instant) return "—";
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "long", hourCycle: "h23" });
    formats.set(timeZone, format);
  }
  return format.format(instant);
}

// Twilio's JSON gives strings for everything; these read them once, tolerantly.

export function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

const MONTHS = new Map(
  ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m, i) => [m, i]),
);
const TWO_DIGITS = Array.from({ length: 12 }, (_, n) => String(n + 1).padStart(2, "0"));
const TWILIO_TIME = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) \+0000$/;

/**
 * RFC 2822 ("Tue, 10 Aug 2010 08:02:17 +0000") to ISO; null when absent or unreadable. Twilio's
 * own UTC form is rearranged field by field, without a Date, because an import reads four dates a
 * call. Days past the 28th (which a month may not have), times out
 * of range and every other form go through Date.parse.
 */
export function time(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const [, day = "", name = "", year = "", hours = "", minutes = "", seconds = ""] = TWILIO_TIME.exec(value) ?? [];
  const month = MONTHS.get(name);
  if (month !== undefined && day >= "01" && day <= "28" && hours < "24" && minutes < "60" && seconds < "60") {
    return `${year}-${TWO_DIGITS[month]}-${day}T${hours}:${minutes}:${seconds}.000Z`;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function integer(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? Math.round(parsed) : null;
}

/** A decimal string ("-0.01300") kept as text, so no cent is lost to floating point. */
export function decimal(value: unknown): string | null {
  return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? value : null;
}

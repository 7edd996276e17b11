// Twilio's JSON gives strings for everything; these read them once, tolerantly.

export function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

const MONTHS = new Map(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m, i) => [m, i]));
const TWILIO_TIME = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) \+0000$/;

/**
 * RFC 2822 ("Tue, 10 Aug 2010 08:02:17 +0000") to ISO; null when absent or unreadable. Twilio's
 * own UTC form is read field by field: Date.parse's general parser was most of the import's
 * per-call CPU (four dates a call). Anything else still goes through Date.parse.
 */
export function time(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const fields = TWILIO_TIME.exec(value);
  const month = fields ? MONTHS.get(fields[2] ?? "") : undefined;
  const ms = fields && month !== undefined
    ? Date.UTC(Number(fields[3]), month, Number(fields[1]), Number(fields[4]), Number(fields[5]), Number(fields[6]))
    : Date.parse(value);
  // Date.UTC rolls "31 Feb" over into March, as Date.parse does; both give NaN for nonsense.
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

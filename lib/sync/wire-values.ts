// Twilio's JSON gives strings for everything; these read them once, tolerantly.

export function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** RFC 2822 ("Tue, 10 Aug 2010 08:02:17 +0000") to ISO; null when absent or unreadable. */
export function time(value: unknown): string | null {
  if (typeof value !== "string") return null;
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

import type { CallLogRow } from "./get-call-log";

export const CSV_HEADER = [
  "sid",
  "account_sid",
  "parent_call_sid",
  "direction",
  "status",
  "from",
  "to",
  "from_country",
  "to_country",
  "start_time",
  "end_time",
  "duration_seconds",
  "price",
  "price_unit",
  "answered_by",
] as const;

/**
 * RFC 4180 quoting: fields holding a comma, quote or line break are quoted, quotes doubled. A
 * leading = + - @ would make spreadsheets run the cell as a formula (caller names are
 * attacker-controlled), so such text gets a leading apostrophe; numbers are written as numbers.
 */
export function csvField(value: string | number | Date | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  let text = value instanceof Date ? value.toISOString() : value;
  if (/^[=+\-@\t\r]/.test(text) && !/^\+\d+$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | Date | null)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export function callCsvLine(row: CallLogRow): string {
  return csvLine([
    row.sid,
    row.accountSid,
    row.parentCallSid,
    row.direction,
    row.status,
    row.from,
    row.to,
    row.fromCountry,
    row.toCountry,
    row.startTime,
    row.endTime,
    row.duration,
    row.price,
    row.priceUnit,
    row.answeredBy,
  ]);
}

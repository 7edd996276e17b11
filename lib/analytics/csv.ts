import type { CallLogRow } from "./get-call-log";

export type CsvValue = string | number | Date | null;

/** A CSV file's columns: each header with what it writes for a row, so the two cannot drift apart. */
export type CsvColumns<Row> = readonly (readonly [header: string, value: (row: Row) => CsvValue])[];

export const CALL_CSV_COLUMNS: CsvColumns<CallLogRow> = [
  ["sid", (row) => row.sid],
  ["account_sid", (row) => row.accountSid],
  ["parent_call_sid", (row) => row.parentCallSid],
  ["direction", (row) => row.direction],
  ["status", (row) => row.status],
  ["from", (row) => row.from],
  ["to", (row) => row.to],
  ["from_country", (row) => row.fromCountry],
  ["to_country", (row) => row.toCountry],
  ["start_time", (row) => row.startTime],
  ["end_time", (row) => row.endTime],
  ["duration_seconds", (row) => row.duration],
  ["price", (row) => row.price],
  ["price_unit", (row) => row.priceUnit],
  ["answered_by", (row) => row.answeredBy],
];

/**
 * RFC 4180 quoting: fields holding a comma, quote or line break are quoted, quotes doubled. A
 * leading = + - @ would make spreadsheets run the cell as a formula (caller names are
 * attacker-controlled), so such text gets a leading apostrophe; numbers are written as numbers.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  let text = value instanceof Date ? value.toISOString() : value;
  if (/^[=+\-@\t\r]/.test(text) && !/^\+\d+$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export function csvHeader<Row>(columns: CsvColumns<Row>): string {
  return csvLine(columns.map(([header]) => header));
}

export function csvRow<Row>(columns: CsvColumns<Row>, row: Row): string {
  return csvLine(columns.map(([, value]) => value(row)));
}

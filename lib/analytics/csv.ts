import { messageWasSent } from "@/lib/domain";
import type { CallLogRow } from "./get-call-log";
import type { MessageLogRow } from "./get-message-log";

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

/** Every stored field of a message; the body is never stored, so never exported. */
export const MESSAGE_CSV_COLUMNS: CsvColumns<MessageLogRow> = [
  ["sid", (row) => row.sid],
  ["account_sid", (row) => row.accountSid],
  ["direction", (row) => row.direction],
  ["channel", (row) => row.channel],
  ["status", (row) => row.status],
  ["from", (row) => row.from],
  ["to", (row) => row.to],
  ["from_country", (row) => row.fromCountry],
  ["to_country", (row) => row.toCountry],
  // Empty until Twilio sent (or received) it: the log sorts such a message by its creation time.
  ["date_sent", (row) => (messageWasSent(row.status) ? row.dateSent : null)],
  ["date_created", (row) => row.dateCreated],
  ["date_updated", (row) => row.dateUpdated],
  ["num_segments", (row) => row.numSegments],
  ["num_media", (row) => row.numMedia],
  ["price", (row) => row.price],
  ["price_unit", (row) => row.priceUnit],
  ["error_code", (row) => row.errorCode],
  ["messaging_service_sid", (row) => row.messagingServiceSid],
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

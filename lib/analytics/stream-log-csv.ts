import "server-only";
import { CALL_CSV_COLUMNS, csvHeader, csvRow, MESSAGE_CSV_COLUMNS, type CsvColumns } from "./csv";
import { CALL_LOG } from "./get-call-log";
import { MESSAGE_LOG } from "./get-message-log";
import { getLogPage, type RecordLog } from "./record-log";
import type { AnalyticsQuery, MessageQuery } from "./types";

export const CSV_BATCH_SIZE = 5_000;

/**
 * A filtered log as CSV in its default order, fetched in keyset batches only as fast as the client
 * reads (a pull stream), so an export of a million records holds one batch in memory at a time.
 */
export function streamLogCsv<Query, Row extends { sid: string }, Column extends string>(
  log: RecordLog<Query, Row, Column>,
  columns: CsvColumns<Row>,
  q: Query,
  batchSize = CSV_BATCH_SIZE,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const sort = log.cursors.defaultSort;
  let after: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvHeader(columns)));
      }
      const page = await getLogPage(log, q, {
        sort,
        after: log.cursors.decode(after, sort.column),
        pageSize: batchSize,
      });
      if (page.rows.length > 0) {
        controller.enqueue(encoder.encode(page.rows.map((row) => csvRow(columns, row)).join("")));
      }
      after = page.next;
      if (!after) controller.close();
    },
  });
}

/** The filtered calls as CSV, newest first. */
export function streamCallsCsv(q: AnalyticsQuery, batchSize = CSV_BATCH_SIZE): ReadableStream<Uint8Array> {
  return streamLogCsv(CALL_LOG, CALL_CSV_COLUMNS, q, batchSize);
}

/** The filtered messages as CSV, newest first. */
export function streamMessagesCsv(q: MessageQuery, batchSize = CSV_BATCH_SIZE): ReadableStream<Uint8Array> {
  return streamLogCsv(MESSAGE_LOG, MESSAGE_CSV_COLUMNS, q, batchSize);
}

import "server-only";
import { decodeCursor, DEFAULT_CALL_LOG_SORT } from "./call-log-cursor";
import { callCsvLine, csvLine, CSV_HEADER } from "./csv";
import { getCallLog } from "./get-call-log";
import type { AnalyticsQuery } from "./types";

export const CSV_BATCH_SIZE = 5_000;

/**
 * The filtered calls as CSV, newest first, fetched in keyset batches only as fast as the client
 * reads (a pull stream), so an export of a million calls holds one batch in memory at a time.
 */
export function streamCallsCsv(q: AnalyticsQuery, batchSize = CSV_BATCH_SIZE): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvLine(CSV_HEADER)));
      }
      const page = await getCallLog(q, {
        sort: DEFAULT_CALL_LOG_SORT,
        after: decodeCursor(after, DEFAULT_CALL_LOG_SORT.column),
        pageSize: batchSize,
      });
      if (page.rows.length > 0) controller.enqueue(encoder.encode(page.rows.map(callCsvLine).join("")));
      after = page.next;
      if (!after) controller.close();
    },
  });
}

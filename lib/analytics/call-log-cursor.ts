import { callSidSchema } from "@/lib/domain";
import { logCursors, SORT_VALUES, type LogCursor, type LogSort } from "./log-cursor";

export type CallLogSortColumn = "startTime" | "duration" | "price";
export type CallLogSort = LogSort<CallLogSortColumn>;
export type CallLogCursor = LogCursor;

export const DEFAULT_CALL_LOG_SORT: CallLogSort = { column: "startTime", order: "desc" };

/** The call log's cursors: a start time, a length in seconds (INT) or a cost (DECIMAL(12, 5)). */
export const CALL_LOG_CURSORS = logCursors<CallLogSortColumn>({
  name: "call",
  sid: callSidSchema,
  values: { startTime: SORT_VALUES.instant, duration: SORT_VALUES.count, price: SORT_VALUES.money },
  defaultSort: DEFAULT_CALL_LOG_SORT,
});

export const { encode: encodeCursor, decode: decodeCursor } = CALL_LOG_CURSORS;

import { messageSidSchema } from "@/lib/domain";
import { logCursors, SORT_VALUES, type LogSort } from "./log-cursor";

export type MessageLogSortColumn = "dateSent" | "segments" | "price";
export type MessageLogSort = LogSort<MessageLogSortColumn>;

export const DEFAULT_MESSAGE_LOG_SORT: MessageLogSort = { column: "dateSent", order: "desc" };

/** The message log's cursors: a send time, a number of segments (INT) or a cost (DECIMAL(12, 5)). */
export const MESSAGE_LOG_CURSORS = logCursors<MessageLogSortColumn>({
  name: "message",
  sid: messageSidSchema,
  values: { dateSent: SORT_VALUES.instant, segments: SORT_VALUES.count, price: SORT_VALUES.money },
  defaultSort: DEFAULT_MESSAGE_LOG_SORT,
});

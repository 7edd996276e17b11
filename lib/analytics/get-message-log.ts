import "server-only";
import { Prisma, type Message } from "@/lib/db";
import { MESSAGE_LOG_CURSORS, type MessageLogSortColumn } from "./message-log-cursor";
import { countLogRecords, SORT_KEYS, type Columns, type RecordLog } from "./record-log";
import { messageConditions } from "./sql/conditions";
import type { MessageQuery } from "./types";

/** A message's metadata as the log, its page and the CSV show it, with the DECIMAL price read as a number. */
export type MessageLogRow = Pick<
  Message,
  | "sid"
  | "accountSid"
  | "direction"
  | "status"
  | "channel"
  | "from"
  | "to"
  | "fromCountry"
  | "toCountry"
  | "dateSent"
  | "dateCreated"
  | "dateUpdated"
  | "numSegments"
  | "numMedia"
  | "priceUnit"
  | "errorCode"
  | "messagingServiceSid"
> & {
  /** Negative: a cost; null until Twilio has priced the message. */
  price: number | null;
};

export const MESSAGE_LOG_COLUMNS: Columns<MessageLogRow> = Prisma.sql`"sid", "accountSid", "direction", "status", "channel",
  "from", "to", "fromCountry", "toCountry", "dateSent", "dateCreated", "dateUpdated", "numSegments", "numMedia",
  "price"::float8 AS "price", "priceUnit", "errorCode", "messagingServiceSid"`;

// Time order has an index (connectionId, dateSent, sid); segment and cost orders sort the range's
// messages, as the call log's length and cost orders do.
export const MESSAGE_LOG: RecordLog<MessageQuery, MessageLogRow, MessageLogSortColumn> = {
  table: Prisma.sql`"Message"`,
  columns: MESSAGE_LOG_COLUMNS,
  conditions: (q) => messageConditions(q),
  searchesNumbers: (q) => Boolean(q.numberQuery),
  sortKeys: {
    dateSent: SORT_KEYS.instant("dateSent"),
    segments: SORT_KEYS.count("numSegments"),
    price: SORT_KEYS.money("price"),
  },
  cursors: MESSAGE_LOG_CURSORS,
};

/** How many messages the filters match. */
export function countMessages(q: MessageQuery): Promise<number> {
  return countLogRecords(MESSAGE_LOG, q);
}

import "server-only";
import { Prisma, type Call } from "@/lib/db";
import { CALL_LOG_CURSORS, type CallLogSortColumn } from "./call-log-cursor";
import { getLogPage, SORT_KEYS, type Columns, type LogPage, type LogPosition, type RecordLog } from "./record-log";
import { callConditions } from "./sql/conditions";
import type { AnalyticsQuery } from "./types";

/** A call as lists show it: the stored columns, with the DECIMAL price read as a number. */
export type CallLogRow = Pick<
  Call,
  | "sid"
  | "accountSid"
  | "parentCallSid"
  | "direction"
  | "status"
  | "from"
  | "to"
  | "fromCountry"
  | "toCountry"
  | "startTime"
  | "endTime"
  | "duration"
  | "priceUnit"
  | "answeredBy"
> & {
  /** Negative: a cost; null until Twilio has priced the call. */
  price: number | null;
};

export type CallLogPage = LogPage<CallLogRow>;
export type CallLogPosition = LogPosition<CallLogSortColumn>;

export const CALL_LOG_COLUMNS: Columns<CallLogRow> = Prisma.sql`"sid", "accountSid", "parentCallSid", "direction",
  "status", "from", "to", "fromCountry", "toCountry", "startTime", "endTime", "duration", "price"::float8 AS "price",
  "priceUnit", "answeredBy"`;

// Time order has an index. Length and cost orders have partial indexes of their tails only, calls
// of ten minutes or more and calls costing 0.10 or more (migration 20261207230000_call_log_sort_tails:
// the same literals), so that few imported calls pay an insert into them; a page they cannot hold
// sorts the range's calls (getLogPage, schema.prisma).
export const CALL_LOG: RecordLog<AnalyticsQuery, CallLogRow, CallLogSortColumn> = {
  table: Prisma.sql`"Call"`,
  columns: CALL_LOG_COLUMNS,
  conditions: (q) => callConditions(q),
  searchesNumbers: (q) => Boolean(q.numberQuery),
  sortKeys: {
    startTime: SORT_KEYS.instant("startTime"),
    duration: { ...SORT_KEYS.count("duration"), tail: 600 },
    price: { ...SORT_KEYS.money("price"), tail: 0.1 },
  },
  cursors: CALL_LOG_CURSORS,
};

/** One page of the filtered call log (see getLogPage). */
export function getCallLog(q: AnalyticsQuery, position: CallLogPosition): Promise<CallLogPage> {
  return getLogPage(CALL_LOG, q, position);
}

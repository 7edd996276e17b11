import "server-only";
import { Prisma, type Call } from "@/lib/db";
import { encodeCursor, type CallLogCursor, type CallLogSort } from "./call-log-cursor";
import { callConditions } from "./sql/conditions";
import { runQuery } from "./sql/run";
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

export type CallLogPage = { rows: CallLogRow[]; next: string | null; previous: string | null };

export type CallLogPosition = {
  sort: CallLogSort;
  after?: CallLogCursor | null;
  before?: CallLogCursor | null;
  pageSize?: number;
  /** Written into the returned cursors (see encodeCursor). */
  scope?: string;
};

// Non-null sort keys keep keyset comparisons simple: an unknown length sorts as 0 s, an unpriced call as free.
// The cursor keeps the key as JSON: an ISO instant, or a number (a cost read back as float8 converts
// to the same 5-decimal numeric). Time order has an index; length and cost orders sort the range's
// calls (schema.prisma says why). `unindexed` is the same order in a form no index matches (see
// getCallLog).
const SORT_KEYS = {
  startTime: {
    sql: Prisma.sql`"startTime"`,
    unindexed: Prisma.sql`("startTime" + interval '0 seconds')`,
    cast: Prisma.sql`::timestamp`,
    value: Prisma.sql`"startTime"`,
  },
  duration: {
    sql: Prisma.sql`coalesce("duration", 0)`,
    unindexed: Prisma.sql`(coalesce("duration", 0) + 0)`,
    cast: Prisma.sql`::int`,
    value: Prisma.sql`coalesce("duration", 0)`,
  },
  price: {
    sql: Prisma.sql`coalesce(-"price", 0)`,
    unindexed: Prisma.sql`(coalesce(-"price", 0) + 0)`,
    cast: Prisma.sql`::numeric`,
    value: Prisma.sql`coalesce(-"price", 0)::float8`,
  },
} as const;

type KeyedRow = CallLogRow & { sort_key: Date | number };

export const CALL_LOG_COLUMNS = Prisma.sql`"sid", "accountSid", "parentCallSid", "direction", "status", "from", "to",
  "fromCountry", "toCountry", "startTime", "endTime", "duration", "price"::float8 AS "price", "priceUnit", "answeredBy"`;

/**
 * One page of the filtered call log. Keyset pagination (sort key, then SID) costs the same on
 * page 1 and page 20,000; `before` walks back by reading the other way and flipping the rows.
 */
export async function getCallLog(
  q: AnalyticsQuery,
  { sort, after, before, pageSize = 50, scope }: CallLogPosition,
): Promise<CallLogPage> {
  const key = SORT_KEYS[sort.column];
  const backwards = !after && Boolean(before);
  const cursor = after ?? before ?? null;
  const descending = (sort.order === "desc") !== backwards;
  const seek = cursor
    ? Prisma.sql`AND (${key.sql}, "sid") ${Prisma.raw(descending ? "<" : ">")} (${cursor.value}${key.cast}, ${cursor.sid})`
    : Prisma.empty;
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  // A number search matches anywhere in a number, which no index serves, and the planner cannot
  // tell a rare number from a common one: walking the sort key's index and testing each call took
  // seconds over a year of a million calls when few matched. Ordering by a form no index has
  // makes it filter first and sort the matches: one (parallel) pass, whatever the search matches.
  const order = q.numberQuery ? key.unindexed : key.sql;
  const fetched = await runQuery<KeyedRow>(Prisma.sql`
    SELECT ${CALL_LOG_COLUMNS}, ${key.value} AS sort_key
    FROM "Call"
    WHERE ${callConditions(q)} ${seek}
    ORDER BY ${order} ${direction}, "sid" ${direction}
    LIMIT ${pageSize + 1}`);
  const more = fetched.length > pageSize;
  const page = fetched.slice(0, pageSize);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const hasNext = backwards ? true : more;
  const hasPrevious = backwards ? more : Boolean(after);
  return {
    rows: page.map(({ sort_key: _key, ...row }) => row),
    next: hasNext && last ? encodeCursor(cursorOf(last), sort.column, scope) : null,
    previous: hasPrevious && first ? encodeCursor(cursorOf(first), sort.column, scope) : null,
  };
}

function cursorOf(row: KeyedRow): CallLogCursor {
  return { value: row.sort_key instanceof Date ? row.sort_key.toISOString() : row.sort_key, sid: row.sid };
}

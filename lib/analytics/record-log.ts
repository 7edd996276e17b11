import "server-only";
import { Prisma } from "@/lib/db";
import type { LogCursor, LogCursors, LogSort } from "./log-cursor";
import { runQuery } from "./sql/run";

/**
 * How a log orders by one column. Keys are never null, which keeps keyset comparisons simple. The
 * cursor keeps the key as JSON: an ISO instant, or a number (a cost read back as float8 converts
 * to the same 5-decimal numeric). `unindexed` is the same order in a form no index matches (see
 * getLogPage). `tail`, when set, is the least key a partial index of the table holds in this order
 * (`WHERE <sql> >= <tail>`, written by a migration with the same literal; see getLogPage).
 */
export type SortKey = { sql: Prisma.Sql; unindexed: Prisma.Sql; cast: Prisma.Sql; value: Prisma.Sql; tail?: number };

/** The sort keys a log's columns make, by what they hold (the cursor checks the same kinds: SORT_VALUES). */
export const SORT_KEYS = {
  instant(column: string): SortKey {
    const sql = Prisma.raw(`"${column}"`);
    return { sql, unindexed: Prisma.sql`(${sql} + interval '0 seconds')`, cast: Prisma.sql`::timestamp`, value: sql };
  },
  /** A count that may be unknown: it sorts as 0. */
  count(column: string): SortKey {
    const sql = Prisma.raw(`coalesce("${column}", 0)`);
    return { sql, unindexed: Prisma.sql`(${sql} + 0)`, cast: Prisma.sql`::int`, value: sql };
  },
  /** A Twilio price sorts as the cost it is (prices are negative); an unpriced record as free. */
  money(column: string): SortKey {
    const sql = Prisma.raw(`coalesce(-"${column}", 0)`);
    return { sql, unindexed: Prisma.sql`(${sql} + 0)`, cast: Prisma.sql`::numeric`, value: Prisma.sql`${sql}::float8` };
  },
};

/** Selected columns that read back as `Row`: numeric ones cast, so rows hold plain numbers. */
export type Columns<Row> = Prisma.Sql & { readonly rowType?: Row };

/** What a log of records (calls, messages) reads: its table, columns, filters and orders. */
export type RecordLog<Query, Row extends { sid: string }, Column extends string> = {
  table: Prisma.Sql;
  columns: Columns<Row>;
  /** Every filter of the query, as a WHERE clause. */
  conditions: (q: Query) => Prisma.Sql;
  /** Whether the query searches numbers (see getLogPage). */
  searchesNumbers: (q: Query) => boolean;
  sortKeys: Record<Column, SortKey>;
  cursors: LogCursors<Column>;
};

export type LogPage<Row> = { rows: Row[]; next: string | null; previous: string | null };

export type LogPosition<Column extends string> = {
  sort: LogSort<Column>;
  after?: LogCursor | null;
  before?: LogCursor | null;
  pageSize?: number;
  /** Written into the returned cursors (see logCursors). */
  scope?: string;
};

/**
 * One page of a filtered log. Keyset pagination (sort key, then SID) costs the same on page 1 and
 * page 20,000; `before` walks back by reading the other way and flipping the rows.
 */
export async function getLogPage<Query, Row extends { sid: string }, Column extends string>(
  log: RecordLog<Query, Row, Column>,
  q: Query,
  { sort, after, before, pageSize = 50, scope }: LogPosition<Column>,
): Promise<LogPage<Row>> {
  const key = log.sortKeys[sort.column];
  const backwards = !after && Boolean(before);
  const cursor = after ?? before ?? null;
  const descending = (sort.order === "desc") !== backwards;
  const read = (tailOnly: boolean) =>
    runQuery<Row & { sort_key: Date | number }>(
      logPageQuery(log, q, { column: sort.column, descending, cursor, limit: pageSize + 1, tailOnly }),
    );
  const fetched = await readInTail(tailReading(key, descending, cursor, log.searchesNumbers(q)), read, pageSize);
  const more = fetched.length > pageSize;
  const page = fetched.slice(0, pageSize);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const hasNext = backwards ? true : more;
  const hasPrevious = backwards ? more : Boolean(after);
  const cursorOf = (row: Row & { sort_key: Date | number }) =>
    log.cursors.encode(
      { value: row.sort_key instanceof Date ? row.sort_key.toISOString() : row.sort_key, sid: row.sid },
      sort.column,
      scope,
    );
  return {
    rows: page.map(({ sort_key: _key, ...row }) => row as unknown as Row),
    next: hasNext && last ? cursorOf(last) : null,
    previous: hasPrevious && first ? cursorOf(first) : null,
  };
}

/**
 * The rows of one page, `limit` of them, past `cursor` in the order of `column`; within the order's
 * tail only (SortKey.tail) if `tailOnly`.
 */
export function logPageQuery<Query, Row extends { sid: string }, Column extends string>(
  log: RecordLog<Query, Row, Column>,
  q: Query,
  read: { column: Column; descending: boolean; cursor: LogCursor | null; limit: number; tailOnly: boolean },
): Prisma.Sql {
  const key = log.sortKeys[read.column];
  const { cursor, descending } = read;
  const seek = cursor
    ? Prisma.sql`AND (${key.sql}, "sid") ${Prisma.raw(descending ? "<" : ">")} (${cursor.value}${key.cast}, ${cursor.sid})`
    : Prisma.empty;
  // The literal the partial index's predicate has, so that the planner can prove it.
  const tail = read.tailOnly ? Prisma.sql`AND ${key.sql} >= ${Prisma.raw(String(key.tail))}` : Prisma.empty;
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  // A number search matches anywhere in a number, which no index serves, and the planner cannot
  // tell a rare number from a common one: walking the sort key's index and testing each row took
  // seconds over a year of a million calls when few matched. Ordering by a form no index has
  // makes it filter first and sort the matches: one (parallel) pass, whatever the search matches.
  const order = log.searchesNumbers(q) ? key.unindexed : key.sql;
  return Prisma.sql`
    SELECT ${log.columns}, ${key.value} AS sort_key
    FROM ${log.table}
    WHERE ${log.conditions(q)} ${seek} ${tail}
    ORDER BY ${order} ${direction}, "sid" ${direction}
    LIMIT ${read.limit}`;
}

/**
 * How a page uses its order's tail index (SortKey.tail): the records whose key reaches the tail,
 * few and so cheap for an import to index, are the top of a descending order. Every record outside
 * the tail sorts after every record in it, so a descending page read within the tail is the page
 * itself when the tail holds a whole page (plus the row that tells whether another follows) past
 * the cursor under the filters ("try"); otherwise the range is read whole. An ascending page past a
 * cursor within the tail lies wholly in it ("always"). Number searches read their matches first
 * (above) and leave the tail alone.
 */
function tailReading(key: SortKey, descending: boolean, cursor: LogCursor | null, searchesNumbers: boolean) {
  if (key.tail === undefined || searchesNumbers) return "never";
  const inTail = cursor !== null && Number(cursor.value) >= key.tail;
  if (descending) return cursor === null || inTail ? "try" : "never";
  return inTail ? "always" : "never";
}

async function readInTail<T>(
  reading: ReturnType<typeof tailReading>,
  read: (tailOnly: boolean) => Promise<T[]>,
  pageSize: number,
): Promise<T[]> {
  if (reading === "never") return read(false);
  const inTail = await read(true);
  return reading === "always" || inTail.length > pageSize ? inTail : read(false);
}

/**
 * The page a log's URL asks for: its sort (`sort`, `order`) and cursor (`after` or `before`). A
 * cursor made for other filters (`scope`: the serialized filters), another sort or another log
 * counts as none, so the page starts at the top; so does a parameter given more than once, as
 * the filters do.
 */
export async function readLogPage<Query, Row extends { sid: string }, Column extends string>(
  log: RecordLog<Query, Row, Column>,
  q: Query,
  params: Record<string, string | string[] | undefined>,
  { scope, pageSize }: { scope: string; pageSize: number },
): Promise<LogPage<Row> & { sort: LogSort<Column> }> {
  const one = (name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
  };
  const sort = log.cursors.parseSort({ sort: one("sort"), order: one("order") });
  const scoped = `${scope}|${sort.column}|${sort.order}`;
  const page = await getLogPage(log, q, {
    sort,
    after: log.cursors.decode(one("after"), sort.column, scoped),
    before: log.cursors.decode(one("before"), sort.column, scoped),
    pageSize,
    scope: scoped,
  });
  return { ...page, sort };
}

/** How many records the log's filters match. */
export async function countLogRecords<Query, Row extends { sid: string }, Column extends string>(
  log: RecordLog<Query, Row, Column>,
  q: Query,
): Promise<number> {
  const [row] = await runQuery<{ count: number }>(
    Prisma.sql`SELECT count(*)::int AS count FROM ${log.table} WHERE ${log.conditions(q)}`,
  );
  return row?.count ?? 0;
}

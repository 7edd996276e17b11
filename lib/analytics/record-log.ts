import "server-only";
import { Prisma } from "@/lib/db";
import type { LogCursor, LogCursors, LogSort } from "./log-cursor";
import { runQuery } from "./sql/run";

/**
 * How a log orders by one column. Keys are never null, which keeps keyset comparisons simple. The
 * cursor keeps the key as JSON: an ISO instant, or a number (a cost read back as float8 converts
 * to the same 5-decimal numeric). `unindexed` is the same order in a form no index matches (see
 * getLogPage).
 */
export type SortKey = { sql: Prisma.Sql; unindexed: Prisma.Sql; cast: Prisma.Sql; value: Prisma.Sql };

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
  const seek = cursor
    ? Prisma.sql`AND (${key.sql}, "sid") ${Prisma.raw(descending ? "<" : ">")} (${cursor.value}${key.cast}, ${cursor.sid})`
    : Prisma.empty;
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  // A number search matches anywhere in a number, which no index serves, and the planner cannot
  // tell a rare number from a common one: walking the sort key's index and testing each row took
  // seconds over a year of a million calls when few matched. Ordering by a form no index has
  // makes it filter first and sort the matches: one (parallel) pass, whatever the search matches.
  const order = log.searchesNumbers(q) ? key.unindexed : key.sql;
  const fetched = await runQuery<Row & { sort_key: Date | number }>(Prisma.sql`
    SELECT ${log.columns}, ${key.value} AS sort_key
    FROM ${log.table}
    WHERE ${log.conditions(q)} ${seek}
    ORDER BY ${order} ${direction}, "sid" ${direction}
    LIMIT ${pageSize + 1}`);
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

import "server-only";
import {
  toAnalyticsQuery,
  toMessageQuery,
  toSpendQuery,
  type AnalyticsQuery,
  type LogSort,
  type MessageQuery,
  type SpendQuery,
} from "@/lib/analytics";
import { listConnections, type ConnectionSummary } from "@/lib/connections";
import {
  parseCallFilters,
  parseMessageFilters,
  type CallFilters,
  type Filters,
  type MessageFilters,
  type SearchParamsRecord,
  resolveRange,
  serializeFilters,
  type ResolvedRange,
} from "@/lib/filters";

type Context<F extends Filters, Q> = {
  connections: ConnectionSummary[];
  connection: ConnectionSummary;
  filters: F;
  range: ResolvedRange;
  /** Scoped to `connection`, which came from the workspace's own list: the only ids pages ever query. */
  query: Q;
  accounts: { sid: string; name: string }[];
};

export type DashboardContext = Context<CallFilters, AnalyticsQuery>;
export type MessageDashboardContext = Context<MessageFilters, MessageQuery>;
export type SpendDashboardContext = Context<CallFilters, SpendQuery>;

/** The connection and the only filters that mean something to usage records (each account's spend per UTC day). */
const SPEND_PARAMS = ["connection", "range", "from", "to", "tz", "account"] as const;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What a call page shows: the connection `?connection=` names if it is the workspace's (else
 * its first active one, else its first), and the filters and period from the same URL. Null when
 * the workspace has no connection yet. The caller has checked the person's membership.
 */
export function loadDashboardContext(
  workspaceId: string,
  params: SearchParamsRecord,
  now = new Date(),
): Promise<DashboardContext | null> {
  return loadContext(workspaceId, params, now, parseCallFilters, toAnalyticsQuery);
}

/** The same for a message page. */
export function loadMessageDashboardContext(
  workspaceId: string,
  params: SearchParamsRecord,
  now = new Date(),
): Promise<MessageDashboardContext | null> {
  return loadContext(workspaceId, params, now, parseMessageFilters, toMessageQuery);
}

/**
 * The same for the spend page: the range and account only (status, direction and number search
 * in the URL are ignored, and say nothing about being ignored), and the range's days read as
 * UTC days, which is how Twilio dates usage. The time zone stays in the filters for the links to
 * the other pages.
 */
export function loadSpendDashboardContext(
  workspaceId: string,
  params: SearchParamsRecord,
  now = new Date(),
): Promise<SpendDashboardContext | null> {
  const applicable = Object.fromEntries(
    SPEND_PARAMS.filter((name) => Object.hasOwn(params, name)).map((name) => [name, params[name]]),
  );
  return loadContext(workspaceId, applicable, now, parseCallFilters, toSpendQuery, "UTC");
}

async function loadContext<F extends Filters, Q>(
  workspaceId: string,
  params: SearchParamsRecord,
  now: Date,
  parse: (params: SearchParamsRecord, now: Date) => F,
  toQuery: (connectionId: string, filters: F, range: ResolvedRange) => Q,
  /** Resolve the range's days in this zone instead of the filters' own. */
  rangeZone?: string,
): Promise<Context<F, Q> | null> {
  const connections = await listConnections(workspaceId);
  const requested = first(params.connection);
  const connection =
    connections.find((c) => c.id === requested) ?? connections.find((c) => c.status === "active") ?? connections[0];
  if (!connection) return null;
  const filters = parse(params, now);
  const range = resolveRange(rangeZone ? { ...filters, tz: rangeZone } : filters, now);
  return {
    connections,
    connection,
    filters,
    range,
    query: toQuery(connection.id, filters, range),
    accounts: connection.accounts.map((a) => ({ sid: a.sid, name: a.friendlyName || a.sid })),
  };
}

/** The URL of a dashboard page for a connection with the current filters (and any extra params). */
export function dashboardHref(
  path: string,
  connectionId: string,
  params: URLSearchParams = new URLSearchParams(),
): string {
  const next = new URLSearchParams(params);
  next.set("connection", connectionId);
  return `${path}?${next.toString()}`;
}

/** The filters the spend page reads (range, zone, account), as URL params: links to it carry no others. */
export function spendFilterParams(filters: Filters): URLSearchParams {
  return serializeFilters({ ...filters, direction: "all", status: [], q: undefined });
}

/** A log page's URL (calls, messages) with the filters, its sort unless it is the default, and a page cursor. */
export function logHref<Column extends string>(
  path: string,
  connectionId: string,
  filters: URLSearchParams,
  { sort, defaultSort }: { sort: LogSort<Column>; defaultSort: LogSort<Column> },
  cursor: { after?: string; before?: string } = {},
): string {
  const params = new URLSearchParams(filters);
  if (sort.column !== defaultSort.column || sort.order !== defaultSort.order) {
    params.set("sort", sort.column);
    params.set("order", sort.order);
  }
  for (const [name, value] of Object.entries(cursor)) if (value) params.set(name, value);
  return dashboardHref(path, connectionId, params);
}

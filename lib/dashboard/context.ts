import "server-only";
import {
  toAnalyticsQuery,
  toMessageQuery,
  type AnalyticsQuery,
  type LogSort,
  type MessageQuery,
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

async function loadContext<F extends Filters, Q>(
  workspaceId: string,
  params: SearchParamsRecord,
  now: Date,
  parse: (params: SearchParamsRecord, now: Date) => F,
  toQuery: (connectionId: string, filters: F, range: ResolvedRange) => Q,
): Promise<Context<F, Q> | null> {
  const connections = await listConnections(workspaceId);
  const requested = first(params.connection);
  const connection =
    connections.find((c) => c.id === requested) ?? connections.find((c) => c.status === "active") ?? connections[0];
  if (!connection) return null;
  const filters = parse(params, now);
  const range = resolveRange(filters, now);
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

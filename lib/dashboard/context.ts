import "server-only";
import { toAnalyticsQuery, type AnalyticsQuery } from "@/lib/analytics";
import { listConnections, type ConnectionSummary } from "@/lib/connections";
import {
  parseCallFilters,
  type CallFilters,
  type SearchParamsRecord,
  resolveRange,
  type ResolvedRange,
} from "@/lib/filters";

export type DashboardContext = {
  connections: ConnectionSummary[];
  connection: ConnectionSummary;
  filters: CallFilters;
  range: ResolvedRange;
  /** Scoped to `connection`, which came from the workspace's own list: the only ids pages ever query. */
  query: AnalyticsQuery;
  accounts: { sid: string; name: string }[];
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What a dashboard page shows: the connection `?connection=` names if it is the workspace's (else
 * its first active one, else its first), and the filters and period from the same URL. Null when
 * the workspace has no connection yet. The caller has checked the person's membership.
 */
export async function loadDashboardContext(
  workspaceId: string,
  params: SearchParamsRecord,
  now = new Date(),
): Promise<DashboardContext | null> {
  const connections = await listConnections(workspaceId);
  const requested = first(params.connection);
  const connection =
    connections.find((c) => c.id === requested) ?? connections.find((c) => c.status === "active") ?? connections[0];
  if (!connection) return null;
  const filters = parseCallFilters(params, now);
  const range = resolveRange(filters, now);
  return {
    connections,
    connection,
    filters,
    range,
    query: toAnalyticsQuery(connection.id, filters, range),
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

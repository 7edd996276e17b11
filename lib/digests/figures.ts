import "server-only";
import { listFiringsInPeriod, type PeriodFiring } from "@/lib/alerts";
import {
  getKpis,
  getMessageKpis,
  getSpendTotals,
  hasMessages,
  hasUsageRecords,
  type Kpis,
  type MessageKpis,
  type SpendTotals,
} from "@/lib/analytics";
import { connectionLabel, listConnections } from "@/lib/connections";
import {
  dashboardHref,
  loadDashboardContext,
  loadMessageDashboardContext,
  loadSpendDashboardContext,
} from "@/lib/dashboard";
import { serializeFilters, type SearchParamsRecord } from "@/lib/filters";
import { workspacePath } from "@/lib/workspaces";
import type { DigestDays } from "./periods";

/** One connection's part of a digest: the dashboards' own figures for the period and the one before. */
export type ConnectionDigest = {
  connectionId: string;
  label: string;
  calls: Kpis;
  /** Only when the connection has messages, as the dashboard shows them only then. */
  messages: MessageKpis | null;
  /** Only when it has usage records. */
  spend: SpendTotals | null;
  firings: PeriodFiring[];
  /** The call overview filtered to exactly the digest's days, in its zone (path and query). */
  dashboardPath: string;
};

/**
 * Every connection of the workspace over the digest's days. Each figure comes from the dashboard
 * pages' own path: the URL params a custom range makes, read by the same context loaders and the
 * same lib/analytics readers, so a digest can never disagree with the dashboard its link opens.
 */
export async function digestFigures(
  workspaceId: string,
  days: DigestDays,
  timeZone: string,
  now: Date,
): Promise<ConnectionDigest[]> {
  const connections = await listConnections(workspaceId);
  const sections = await Promise.all(
    connections.map(async (connection) => {
      const params: SearchParamsRecord = { connection: connection.id, range: "custom", ...days, tz: timeZone };
      const [calls, messages, spend, withMessages, withUsage] = await Promise.all([
        loadDashboardContext(workspaceId, params, now),
        loadMessageDashboardContext(workspaceId, params, now),
        loadSpendDashboardContext(workspaceId, params, now),
        hasMessages(connection.id),
        hasUsageRecords(connection.id),
      ]);
      // The loaders fall back to another connection only when this one is gone: skip it then.
      if (calls?.connection.id !== connection.id || !messages || !spend) return null;
      const [callKpis, messageKpis, spendTotals, firings] = await Promise.all([
        getKpis(calls.query, calls.range.previous),
        withMessages ? getMessageKpis(messages.query, messages.range.previous) : null,
        withUsage ? getSpendTotals(spend.query) : null,
        listFiringsInPeriod(connection.id, calls.range),
      ]);
      return {
        connectionId: connection.id,
        label: connectionLabel(connection),
        calls: callKpis,
        messages: messageKpis,
        spend: spendTotals,
        firings,
        dashboardPath: dashboardHref(
          workspacePath(workspaceId, "/dashboard"),
          connection.id,
          serializeFilters(calls.filters),
        ),
      };
    }),
  );
  return sections.filter((section) => section !== null);
}

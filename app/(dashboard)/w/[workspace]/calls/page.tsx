import type { Metadata } from "next";
import { Suspense } from "react";
import { CallLogTable } from "@/components/calls/call-log-table";
import { ConnectEmptyState } from "@/components/dashboard/connect-empty-state";
import { ImportProgress } from "@/components/dashboard/import-progress";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { Pager } from "@/components/logs/pager";
import { FilterBar } from "@/components/filters/filter-bar";
import { buttonClass } from "@/components/ui/button-styles";
import { CALL_LOG, DEFAULT_CALL_LOG_SORT, readLogPage, type CallLogSort } from "@/lib/analytics";
import { requireWorkspace } from "@/lib/http";
import { dashboardHref, loadDashboardContext, logHref } from "@/lib/dashboard";
import { serializeFilters } from "@/lib/filters";
import { getConnectionSyncStatus } from "@/lib/sync";
import { workspacePath } from "@/lib/workspaces";

export const metadata: Metadata = { title: "Calls" };

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE_SIZE = 50;

export default async function CallsPage({ params: path, searchParams }: Props) {
  const { user, access } = await requireWorkspace((await path).workspace, "/calls");
  const params = await searchParams;
  const context = await loadDashboardContext(access.id, params);
  if (!context) return <ConnectEmptyState title="Calls" name={user.name ?? user.email} access={access} />;
  const inWorkspace = (page: string) => workspacePath(access.id, page);

  const { connection, filters, query, accounts } = context;
  const filterParams = serializeFilters(filters);
  const importStatus = await getConnectionSyncStatus(connection);
  const page = await readLogPage(CALL_LOG, query, params, { scope: filterParams.toString(), pageSize: PAGE_SIZE });
  const withSort = (sort: CallLogSort, cursor: { after?: string; before?: string } = {}) =>
    logHref(inWorkspace("/calls"), connection.id, filterParams, { sort, defaultSort: DEFAULT_CALL_LOG_SORT }, cursor);
  const detailParams = new URLSearchParams(filters.tz === "UTC" ? {} : { tz: filters.tz });

  return (
    <div className="space-y-6">
      <DashboardHeader
        title="Calls"
        path={inWorkspace("/calls")}
        context={context}
        action={
          // No `download` attribute: Content-Disposition saves the file, and a refusal (too many
          // exports at once, a 429) shows as the page with its message.
          <a
            href={dashboardHref("/api/calls/export", connection.id, filterParams)}
            className={buttonClass("secondary")}
          >
            Export CSV
          </a>
        }
        records="calls"
        switchHrefs={{
          calls: dashboardHref(inWorkspace("/calls"), connection.id, filterParams),
          messages: dashboardHref(
            inWorkspace("/messages"),
            connection.id,
            serializeFilters({ ...filters, status: [] }),
          ),
        }}
      />
      <ImportProgress initial={importStatus} timeZone={filters.tz} arrivedFromConnect={false} />
      <Suspense>
        <FilterBar filters={filters} accounts={accounts} />
      </Suspense>
      <CallLogTable
        rows={page.rows}
        sort={page.sort}
        timeZone={filters.tz}
        sortHref={(next) => withSort(next)}
        detailHref={(sid) => dashboardHref(inWorkspace(`/calls/${sid}`), connection.id, detailParams)}
      />
      <Pager
        previousHref={page.previous ? withSort(page.sort, { before: page.previous }) : null}
        nextHref={page.next ? withSort(page.sort, { after: page.next }) : null}
      />
    </div>
  );
}

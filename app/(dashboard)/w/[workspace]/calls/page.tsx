import type { Metadata } from "next";
import { Suspense } from "react";
import { CallLogTable } from "@/components/calls/call-log-table";
import { Pager } from "@/components/calls/pager";
import { ConnectEmptyState } from "@/components/dashboard/connect-empty-state";
import { ImportProgress } from "@/components/dashboard/import-progress";
import { PageHeading } from "@/components/dashboard/page-heading";
import { RecordsSwitch } from "@/components/dashboard/records-switch";
import { FilterBar } from "@/components/filters/filter-bar";
import { buttonClass } from "@/components/ui/button-styles";
import { decodeCursor, getCallLog, parseCallLogSort, DEFAULT_CALL_LOG_SORT, type CallLogSort } from "@/lib/analytics";
import { requireWorkspace } from "@/lib/http";
import { dashboardHref, loadDashboardContext } from "@/lib/dashboard";
import { serializeFilters } from "@/lib/filters";
import { getConnectionSyncStatus } from "@/lib/sync";
import { workspacePath } from "@/lib/workspaces";

export const metadata: Metadata = { title: "Calls" };

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE_SIZE = 50;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CallsPage({ params: path, searchParams }: Props) {
  const { user, access } = await requireWorkspace((await path).workspace, "/calls");
  const params = await searchParams;
  const context = await loadDashboardContext(access.id, params);
  if (!context) return <ConnectEmptyState title="Calls" name={user.name ?? user.email} access={access} />;
  const inWorkspace = (page: string) => workspacePath(access.id, page);

  const { connection, filters, query, accounts } = context;
  const sort = parseCallLogSort({ sort: one(params.sort), order: one(params.order) });
  const filterParams = serializeFilters(filters);
  const scope = `${filterParams.toString()}|${sort.column}|${sort.order}`;
  const importStatus = await getConnectionSyncStatus(connection);
  const page = await getCallLog(query, {
    sort,
    after: decodeCursor(one(params.after), sort.column, scope),
    before: decodeCursor(one(params.before), sort.column, scope),
    pageSize: PAGE_SIZE,
    scope,
  });

  const withSort = (next: CallLogSort, extra: Record<string, string> = {}) => {
    const out = new URLSearchParams(filterParams);
    if (next.column !== DEFAULT_CALL_LOG_SORT.column || next.order !== DEFAULT_CALL_LOG_SORT.order) {
      out.set("sort", next.column);
      out.set("order", next.order);
    }
    for (const [key, value] of Object.entries(extra)) out.set(key, value);
    return dashboardHref(inWorkspace("/calls"), connection.id, out);
  };
  const detailParams = new URLSearchParams(filters.tz === "UTC" ? {} : { tz: filters.tz });

  return (
    <div className="space-y-6">
      <PageHeading
        title="Calls"
        connectionName={connection.friendlyName ?? connection.connectAccountSid}
        from={context.range.from}
        to={context.range.to}
        timeZone={filters.tz}
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
      />
      <RecordsSwitch
        current="calls"
        hrefs={{
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
        sort={sort}
        timeZone={filters.tz}
        sortHref={(next) => withSort(next)}
        detailHref={(sid) => dashboardHref(inWorkspace(`/calls/${sid}`), connection.id, detailParams)}
      />
      <Pager
        previousHref={page.previous ? withSort(sort, { before: page.previous }) : null}
        nextHref={page.next ? withSort(sort, { after: page.next }) : null}
      />
    </div>
  );
}

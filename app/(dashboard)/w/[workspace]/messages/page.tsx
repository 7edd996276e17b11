import type { Metadata } from "next";
import { Suspense } from "react";
import { ConnectEmptyState } from "@/components/dashboard/connect-empty-state";
import { ImportProgress } from "@/components/dashboard/import-progress";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { FilterBar } from "@/components/filters/filter-bar";
import { Pager } from "@/components/logs/pager";
import { MessageCount } from "./message-count";
import { MessageLogTable } from "@/components/messages/message-log-table";
import { buttonClass } from "@/components/ui/button-styles";
import { DEFAULT_MESSAGE_LOG_SORT, MESSAGE_LOG, readLogPage, type MessageLogSort } from "@/lib/analytics";
import { dashboardHref, loadMessageDashboardContext, logHref } from "@/lib/dashboard";
import { serializeFilters } from "@/lib/filters";
import { requireWorkspace } from "@/lib/http";
import { getConnectionSyncStatus } from "@/lib/sync";
import { workspacePath } from "@/lib/workspaces";

export const metadata: Metadata = { title: "Messages" };

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE_SIZE = 50;

export default async function MessagesPage({ params: path, searchParams }: Props) {
  const { user, access } = await requireWorkspace((await path).workspace, "/messages");
  const params = await searchParams;
  const context = await loadMessageDashboardContext(access.id, params);
  if (!context) return <ConnectEmptyState title="Messages" name={user.name ?? user.email} access={access} />;
  const inWorkspace = (page: string) => workspacePath(access.id, page);

  const { connection, filters, query, accounts } = context;
  const filterParams = serializeFilters(filters);
  const importStatus = await getConnectionSyncStatus(connection);
  const page = await readLogPage(MESSAGE_LOG, query, params, { scope: filterParams.toString(), pageSize: PAGE_SIZE });
  const withSort = (sort: MessageLogSort, cursor: { after?: string; before?: string } = {}) =>
    logHref(
      inWorkspace("/messages"),
      connection.id,
      filterParams,
      { sort, defaultSort: DEFAULT_MESSAGE_LOG_SORT },
      cursor,
    );
  const detailParams = new URLSearchParams(filters.tz === "UTC" ? {} : { tz: filters.tz });
  // Message statuses mean nothing to calls: the call log gets every other filter.
  const callsHref = dashboardHref(inWorkspace("/calls"), connection.id, serializeFilters({ ...filters, status: [] }));

  return (
    <div className="space-y-6">
      <DashboardHeader
        title="Messages"
        path={inWorkspace("/messages")}
        context={context}
        action={
          // As on the call log: no `download` attribute, so a refusal (a 429) shows as a page.
          <a
            href={dashboardHref("/api/messages/export", connection.id, filterParams)}
            className={buttonClass("secondary")}
          >
            Export CSV
          </a>
        }
        records="messages"
        switchHrefs={{ calls: callsHref, messages: withSort(page.sort) }}
      />
      <ImportProgress initial={importStatus} timeZone={filters.tz} arrivedFromConnect={false} />
      <Suspense>
        <FilterBar records="messages" filters={filters} accounts={accounts} />
      </Suspense>
      <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Counting messages…</p>}>
        <MessageCount query={query} />
      </Suspense>
      <MessageLogTable
        rows={page.rows}
        sort={page.sort}
        timeZone={filters.tz}
        sortHref={(next) => withSort(next)}
        detailHref={(sid) => dashboardHref(inWorkspace(`/messages/${sid}`), connection.id, detailParams)}
      />
      <Pager
        previousHref={page.previous ? withSort(page.sort, { before: page.previous }) : null}
        nextHref={page.next ? withSort(page.sort, { after: page.next }) : null}
      />
    </div>
  );
}

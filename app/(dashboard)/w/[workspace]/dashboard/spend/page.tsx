import type { Metadata } from "next";
import { Suspense } from "react";
import { ConnectEmptyState } from "@/components/dashboard/connect-empty-state";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { ImportProgress } from "@/components/dashboard/import-progress";
import { PanelSlot } from "@/components/dashboard/panel-slot";
import { FilterBar } from "@/components/filters/filter-bar";
import { hasUsageRecords } from "@/lib/analytics";
import { dashboardHref, loadSpendDashboardContext, spendFilterParams } from "@/lib/dashboard";
import { serializeFilters } from "@/lib/filters";
import { requireWorkspace } from "@/lib/http";
import { getConnectionSyncStatus } from "@/lib/sync";
import { workspacePath } from "@/lib/workspaces";
import { ACCOUNT_SPEND_TITLE, AccountSpendPanel } from "./panels/account-spend-panel";
import { COMPLETENESS_TITLE, CompletenessPanel } from "./panels/completeness-panel";
import { SpendKpiPanel } from "./panels/spend-kpi-panel";
import { SPEND_OVER_TIME_TITLE, SpendOverTimePanel } from "./panels/spend-over-time-panel";
import { TOP_CATEGORIES_TITLE, TopCategoriesPanel } from "./panels/top-categories-panel";
import { SpendEmptyState } from "./spend-empty-state";

export const metadata: Metadata = { title: "Spend" };

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SpendOverviewPage({ params: path, searchParams }: Props) {
  const { user, access } = await requireWorkspace((await path).workspace, "/dashboard/spend");
  const context = await loadSpendDashboardContext(access.id, await searchParams);
  if (!context) return <ConnectEmptyState title="Spend" name={user.name ?? user.email} access={access} />;
  const inWorkspace = (page: string) => workspacePath(access.id, page);

  const { connection, filters, query, accounts } = context;
  const [importStatus, anyUsage] = await Promise.all([
    getConnectionSyncStatus(connection),
    hasUsageRecords(connection.id),
  ]);
  const filterParams = serializeFilters(filters);
  const resetKey = `${connection.id}?${filterParams.toString()}`;
  const panel = { query };

  return (
    <div className="space-y-6">
      <DashboardHeader
        title="Spend"
        path={inWorkspace("/dashboard/spend")}
        context={context}
        timeZone="UTC"
        action={null}
        records="spend"
        switchHrefs={{
          calls: dashboardHref(inWorkspace("/dashboard"), connection.id, filterParams),
          messages: dashboardHref(inWorkspace("/dashboard/messages"), connection.id, filterParams),
          spend: dashboardHref(inWorkspace("/dashboard/spend"), connection.id, spendFilterParams(filters)),
        }}
      />
      <ImportProgress initial={importStatus} timeZone={filters.tz} arrivedFromConnect={false} />
      <Suspense>
        <FilterBar records="spend" filters={filters} accounts={accounts} />
      </Suspense>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Twilio counts usage per UTC day, so the dates of the range are UTC days, whatever your time zone.
      </p>
      {anyUsage ? (
        <>
          <PanelSlot title="Key figures" resetKey={resetKey}>
            <SpendKpiPanel {...panel} />
          </PanelSlot>
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
            <PanelSlot title={SPEND_OVER_TIME_TITLE} resetKey={resetKey} className="lg:col-span-3">
              <SpendOverTimePanel {...panel} />
            </PanelSlot>
            <PanelSlot title={TOP_CATEGORIES_TITLE} resetKey={resetKey} className="lg:col-span-2">
              <TopCategoriesPanel {...panel} />
            </PanelSlot>
            <PanelSlot title={ACCOUNT_SPEND_TITLE} resetKey={resetKey}>
              <AccountSpendPanel {...panel} />
            </PanelSlot>
            <PanelSlot title={COMPLETENESS_TITLE} resetKey={resetKey} className="lg:col-span-3">
              <CompletenessPanel
                scope={{ connectionId: connection.id, accountSids: filters.account ? [filters.account] : undefined }}
                workspaceId={access.id}
                canRecheck={access.permissions.import}
              />
            </PanelSlot>
          </div>
        </>
      ) : (
        <SpendEmptyState accounts={connection.accounts} importRunning={importStatus.sync.state === "running"} />
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ConnectEmptyState } from "@/components/dashboard/connect-empty-state";
import { ConnectionNotices } from "@/components/dashboard/connection-notices";
import { ImportProgress } from "@/components/dashboard/import-progress";
import { LivePanel } from "@/components/dashboard/live-panel";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { PanelSlot } from "@/components/dashboard/panel-slot";
import { COMPLETENESS_ANCHOR, VerifiedBadge } from "@/components/dashboard/verified-badge";
import { FilterBar } from "@/components/filters/filter-bar";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { hasMessages, toMessageQuery } from "@/lib/analytics";
import { requireWorkspace } from "@/lib/http";
import { dashboardHref, loadDashboardContext, spendFilterParams } from "@/lib/dashboard";
import { serializeFilters } from "@/lib/filters";
import { getConnectionSyncStatus, getVerifiedThrough } from "@/lib/sync";
import { ROLE_LABELS, workspacePath } from "@/lib/workspaces";
import { ANSWERED_BY_TITLE, AnsweredByPanel } from "./panels/answered-by-panel";
import { BUSIEST_HOURS_TITLE, BusiestHoursPanel } from "./panels/busiest-hours-panel";
import { COST_TITLE, CostPanel } from "./panels/cost-panel";
import { COUNTRIES_TITLE, CountriesPanel } from "./panels/countries-panel";
import { DIRECTION_TITLE, DirectionPanel } from "./panels/direction-panel";
import { DURATION_TITLE, DurationPanel } from "./panels/duration-panel";
import { KpiPanel } from "./panels/kpi-panel";
import { MESSAGES_SUMMARY_TITLE, MessagesSummaryPanel } from "./panels/messages-summary-panel";
import { NUMBER_TYPES_TITLE, NumberTypesPanel } from "./panels/number-types-panel";
import { TOP_NUMBERS_TITLE, TopNumbersPanel } from "./panels/top-numbers-panel";
import { VOLUME_TITLE, VolumePanel } from "./panels/volume-panel";

export const metadata: Metadata = { title: "Overview" };

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DashboardPage({ params: path, searchParams }: Props) {
  const { user, access } = await requireWorkspace((await path).workspace, "/dashboard");
  const params = await searchParams;
  const now = new Date();
  const context = await loadDashboardContext(access.id, params, now);
  if (!context) return <ConnectEmptyState title="Overview" name={user.name ?? user.email} access={access} />;
  const inWorkspace = (page: string) => workspacePath(access.id, page);

  const { connection, filters, range, query, accounts } = context;
  // Read before the panels: a version older than their data only costs one extra refresh.
  const [importStatus, anyMessage, verifiedThrough] = await Promise.all([
    getConnectionSyncStatus(connection),
    hasMessages(connection.id),
    getVerifiedThrough({ connectionId: connection.id, accountSids: filters.account ? [filters.account] : undefined }),
  ]);
  const arrivedFromConnect = Object.keys(params).join() === "connection";
  const filterParams = serializeFilters(filters);
  const resetKey = `${connection.id}?${filterParams.toString()}`;
  const panel = { query, range };
  // Message statuses are not call statuses: the messages' pages get every other filter.
  const messageFilters = { ...filters, status: [] };
  const messagesOverviewHref = dashboardHref(
    inWorkspace("/dashboard/messages"),
    connection.id,
    serializeFilters(messageFilters),
  );
  const spendHref = dashboardHref(inWorkspace("/dashboard/spend"), connection.id, spendFilterParams(filters));
  const callsHref = (number: string) => {
    const next = serializeFilters({ ...filters, q: number });
    return dashboardHref(inWorkspace("/calls"), connection.id, next);
  };

  // Wide panels take two of three columns on large screens; everything stacks on small ones.
  const grid = [
    { title: COST_TITLE, wide: true, panel: <CostPanel {...panel} /> },
    { title: DIRECTION_TITLE, wide: false, panel: <DirectionPanel {...panel} /> },
    { title: BUSIEST_HOURS_TITLE, wide: true, panel: <BusiestHoursPanel {...panel} /> },
    { title: DURATION_TITLE, wide: false, panel: <DurationPanel {...panel} /> },
    { title: TOP_NUMBERS_TITLE, wide: true, panel: <TopNumbersPanel {...panel} callsHref={callsHref} /> },
    { title: COUNTRIES_TITLE, wide: false, panel: <CountriesPanel {...panel} /> },
    { title: NUMBER_TYPES_TITLE, wide: false, panel: <NumberTypesPanel {...panel} /> },
    { title: ANSWERED_BY_TITLE, wide: false, panel: <AnsweredByPanel {...panel} /> },
  ];

  return (
    <div className="space-y-6">
      <DashboardHeader
        title="Overview"
        path={inWorkspace("/dashboard")}
        context={context}
        action={
          <Link
            href={dashboardHref(inWorkspace("/calls"), connection.id, filterParams)}
            className={buttonClass("secondary")}
          >
            Call log
          </Link>
        }
        records="calls"
        switchHrefs={{
          calls: dashboardHref(inWorkspace("/dashboard"), connection.id, filterParams),
          messages: messagesOverviewHref,
          spend: spendHref,
        }}
        badge={<VerifiedBadge through={verifiedThrough} href={`${spendHref}#${COMPLETENESS_ANCHOR}`} />}
      />
      {params.joined === "1" ? (
        <Notice tone="success">
          Welcome to {access.name}. You joined as {ROLE_LABELS[access.role].toLowerCase()}.
        </Notice>
      ) : null}
      <ConnectionNotices connection={connection} arrivedFromConnect={arrivedFromConnect} now={now} />
      <ImportProgress initial={importStatus} timeZone={filters.tz} arrivedFromConnect={arrivedFromConnect} />
      <Suspense>
        <FilterBar filters={filters} accounts={accounts} />
      </Suspense>
      <PanelSlot title="Key figures" resetKey={resetKey}>
        <KpiPanel {...panel} />
      </PanelSlot>
      {anyMessage ? (
        <PanelSlot title={MESSAGES_SUMMARY_TITLE} resetKey={resetKey}>
          <MessagesSummaryPanel
            query={toMessageQuery(connection.id, messageFilters, range)}
            range={range}
            overviewHref={messagesOverviewHref}
          />
        </PanelSlot>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <PanelSlot title={VOLUME_TITLE} resetKey={resetKey} className="lg:col-span-2">
          <VolumePanel {...panel} />
        </PanelSlot>
        <LivePanel
          initialStatus={importStatus}
          accountSid={filters.account}
          timeZone={filters.tz}
          canImport={access.permissions.import}
        />
        {grid.map(({ title, wide, panel: content }) => (
          <PanelSlot key={title} title={title} resetKey={resetKey} className={wide ? "lg:col-span-2" : ""}>
            {content}
          </PanelSlot>
        ))}
      </div>
    </div>
  );
}

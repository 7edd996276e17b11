import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ConnectEmptyState } from "@/components/dashboard/connect-empty-state";
import { ImportProgress } from "@/components/dashboard/import-progress";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { PanelSlot } from "@/components/dashboard/panel-slot";
import { FilterBar } from "@/components/filters/filter-bar";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { hasMessages } from "@/lib/analytics";
import { dashboardHref, loadMessageDashboardContext, spendFilterParams } from "@/lib/dashboard";
import { serializeFilters } from "@/lib/filters";
import { requireWorkspace } from "@/lib/http";
import { getConnectionSyncStatus } from "@/lib/sync";
import { workspacePath } from "@/lib/workspaces";
import { CHANNELS_TITLE, ChannelsPanel } from "./panels/channels-panel";
import { DeliveryFunnelPanel, FUNNEL_TITLE } from "./panels/delivery-funnel-panel";
import { ERROR_CODES_TITLE, ErrorCodesPanel } from "./panels/error-codes-panel";
import { MESSAGE_BUSIEST_HOURS_TITLE, MessageBusiestHoursPanel } from "./panels/message-busiest-hours-panel";
import { MESSAGE_COUNTRIES_TITLE, MessageCountriesPanel } from "./panels/message-countries-panel";
import { MessageKpiPanel } from "./panels/message-kpi-panel";
import { MESSAGE_NUMBERS_TITLE, MessageNumbersPanel } from "./panels/message-numbers-panel";
import { MESSAGE_VOLUME_TITLE, MessageVolumePanel } from "./panels/message-volume-panel";

export const metadata: Metadata = { title: "Messages overview" };

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MessagesOverviewPage({ params: path, searchParams }: Props) {
  const { user, access } = await requireWorkspace((await path).workspace, "/dashboard/messages");
  const params = await searchParams;
  const context = await loadMessageDashboardContext(access.id, params);
  if (!context) return <ConnectEmptyState title="Messages" name={user.name ?? user.email} access={access} />;
  const inWorkspace = (page: string) => workspacePath(access.id, page);

  const { connection, filters, range, query, accounts } = context;
  const [importStatus, anyMessage] = await Promise.all([
    getConnectionSyncStatus(connection),
    hasMessages(connection.id),
  ]);
  const filterParams = serializeFilters(filters);
  const resetKey = `${connection.id}?${filterParams.toString()}`;
  const panel = { query, range };
  // Call statuses mean nothing to messages and the other way round: the switch carries the rest.
  const withoutStatus = serializeFilters({ ...filters, status: [] });
  const messagesHref = (number: string) =>
    dashboardHref(inWorkspace("/messages"), connection.id, serializeFilters({ ...filters, q: number }));

  // Wide panels take two of three columns on large screens; everything stacks on small ones.
  const grid = [
    { title: FUNNEL_TITLE, wide: false, panel: <DeliveryFunnelPanel {...panel} /> },
    { title: ERROR_CODES_TITLE, wide: true, panel: <ErrorCodesPanel {...panel} /> },
    { title: CHANNELS_TITLE, wide: false, panel: <ChannelsPanel {...panel} /> },
    { title: MESSAGE_BUSIEST_HOURS_TITLE, wide: true, panel: <MessageBusiestHoursPanel {...panel} /> },
    { title: MESSAGE_COUNTRIES_TITLE, wide: false, panel: <MessageCountriesPanel {...panel} /> },
    {
      title: MESSAGE_NUMBERS_TITLE,
      wide: true,
      panel: <MessageNumbersPanel {...panel} messagesHref={messagesHref} />,
    },
  ];

  return (
    <div className="space-y-6">
      <DashboardHeader
        title="Messages"
        path={inWorkspace("/dashboard/messages")}
        context={context}
        action={
          <Link
            href={dashboardHref(inWorkspace("/messages"), connection.id, filterParams)}
            className={buttonClass("secondary")}
          >
            Message log
          </Link>
        }
        records="messages"
        switchHrefs={{
          calls: dashboardHref(inWorkspace("/dashboard"), connection.id, withoutStatus),
          messages: dashboardHref(inWorkspace("/dashboard/messages"), connection.id, filterParams),
          spend: dashboardHref(inWorkspace("/dashboard/spend"), connection.id, spendFilterParams(filters)),
        }}
      />
      <ImportProgress initial={importStatus} timeZone={filters.tz} arrivedFromConnect={false} />
      <Suspense>
        <FilterBar records="messages" filters={filters} accounts={accounts} />
      </Suspense>
      {anyMessage ? (
        <>
          <PanelSlot title="Key figures" resetKey={resetKey}>
            <MessageKpiPanel {...panel} />
          </PanelSlot>
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
            <PanelSlot title={MESSAGE_VOLUME_TITLE} resetKey={resetKey} className="lg:col-span-3">
              <MessageVolumePanel {...panel} />
            </PanelSlot>
            {grid.map(({ title, wide, panel: content }) => (
              <PanelSlot key={title} title={title} resetKey={resetKey} className={wide ? "lg:col-span-2" : ""}>
                {content}
              </PanelSlot>
            ))}
          </div>
        </>
      ) : (
        <Notice tone="info">
          No messages have been imported for this connection yet. Once its accounts send or receive messages, the next
          import brings them here.
        </Notice>
      )}
    </div>
  );
}

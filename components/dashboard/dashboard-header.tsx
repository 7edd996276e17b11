import type { ReactNode } from "react";
import type { ConnectionSummary } from "@/lib/connections";
import { dashboardHref } from "@/lib/dashboard";
import { serializeFilters, type Filters, type ResolvedRange } from "@/lib/filters";
import { ConnectionPicker } from "./connection-picker";
import { PageHeading } from "./page-heading";
import { RecordsSwitch, type Records, type RecordsHrefs } from "./records-switch";

type DashboardHeaderProps = {
  title: string;
  /** The page's own address (workspace path), for the connection picker's links. */
  path: string;
  context: { connections: ConnectionSummary[]; connection: ConnectionSummary; filters: Filters; range: ResolvedRange };
  action: ReactNode;
  /** Which kind of record the page shows, and the same page for each kind. */
  records: Records;
  switchHrefs: RecordsHrefs;
  /** The zone the page's days are read in, when not the filters' own (spend: UTC days). */
  timeZone?: string;
  /** Shown beside the switch (the call overview's "Data verified through"). */
  badge?: ReactNode;
};

/**
 * The top of every overview and log: title with connection, days and zone, the Calls | Messages
 * switch, and links to the workspace's other connections keeping the filters.
 */
export function DashboardHeader({
  title,
  path,
  context,
  action,
  records,
  switchHrefs,
  timeZone,
  badge,
}: DashboardHeaderProps) {
  const { connections, connection, filters, range } = context;
  return (
    <>
      <PageHeading
        title={title}
        connectionName={connection.friendlyName ?? connection.connectAccountSid}
        from={range.from}
        to={range.to}
        timeZone={timeZone ?? filters.tz}
        action={action}
      />
      <div className="flex flex-wrap items-center gap-3">
        <RecordsSwitch current={records} hrefs={switchHrefs} />
        {badge}
      </div>
      <ConnectionPicker
        options={connections.map((c) => ({ id: c.id, name: c.friendlyName ?? c.connectAccountSid, status: c.status }))}
        currentId={connection.id}
        // Accounts belong to one connection, so the account filter does not carry over.
        hrefFor={(id) => dashboardHref(path, id, serializeFilters({ ...filters, account: undefined }))}
      />
    </>
  );
}

import Link from "next/link";
import { LogTable, type LogColumn } from "@/components/logs/log-table";
import type { CallLogRow, CallLogSort, CallLogSortColumn } from "@/lib/analytics";
import { directionLabel, statusLabel } from "@/lib/domain";
import { viewerFormats } from "@/lib/viewer";

type CallLogTableProps = {
  rows: CallLogRow[];
  sort: CallLogSort;
  timeZone: string;
  sortHref: (sort: CallLogSort) => string;
  detailHref: (sid: string) => string;
};

/** One page of the call log; start time, duration and cost sort the whole filtered log. */
export async function CallLogTable({ rows, sort, timeZone, sortHref, detailHref }: CallLogTableProps) {
  const { formatCallDuration, formatCost, formatInstant } = await viewerFormats();
  const columns: LogColumn<CallLogRow, CallLogSortColumn>[] = [
    {
      header: "Started",
      sortBy: "startTime",
      cell: (row) => (
        <Link href={detailHref(row.sid)} className="font-medium text-link hover:underline">
          {formatInstant(row.startTime, timeZone)}
        </Link>
      ),
    },
    { header: "From", cell: (row) => row.from },
    { header: "To", cell: (row) => row.to },
    { header: "Direction", cell: (row) => directionLabel(row.direction) },
    { header: "Status", cell: (row) => statusLabel(row.status) },
    { header: "Duration", sortBy: "duration", align: "right", cell: (row) => formatCallDuration(row.duration) },
    { header: "Cost", sortBy: "price", align: "right", cell: (row) => formatCost(row.price, row.priceUnit) },
  ];
  return (
    <LogTable
      label="Calls"
      caption={`Calls matching the filters, times in ${timeZone}`}
      testId="call-log"
      empty="No calls match these filters in this period."
      columns={columns}
      rows={rows}
      sort={sort}
      sortHref={sortHref}
    />
  );
}

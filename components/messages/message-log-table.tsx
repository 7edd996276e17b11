import Link from "next/link";
import { LogTable, type LogColumn } from "@/components/logs/log-table";
import type { MessageLogRow, MessageLogSort, MessageLogSortColumn } from "@/lib/analytics";
import {
  messageChannelLabel,
  messageDirectionLabel,
  messageErrorEntry,
  messageStatusLabel,
  messageWasSent,
} from "@/lib/domain";
import { viewerFormats } from "@/lib/viewer";

type MessageLogTableProps = {
  rows: MessageLogRow[];
  sort: MessageLogSort;
  timeZone: string;
  sortHref: (sort: MessageLogSort) => string;
  detailHref: (sid: string) => string;
};

const muted = "text-slate-500 dark:text-slate-400";

/** One page of the message log; send time, segments and cost sort the whole filtered log. */
export async function MessageLogTable({ rows, sort, timeZone, sortHref, detailHref }: MessageLogTableProps) {
  const { formatInstant, formatNumber, formatPrice } = await viewerFormats();
  const columns: LogColumn<MessageLogRow, MessageLogSortColumn>[] = [
    {
      header: "Sent",
      sortBy: "dateSent",
      cell: (row) => (
        <>
          <Link href={detailHref(row.sid)} className="font-medium text-link hover:underline">
            {formatInstant(row.dateSent, timeZone)}
          </Link>
          {/* Until Twilio sends it, a message has no send time: it sorts by when it was created. */}
          {messageWasSent(row.status) ? null : <span className={`ml-1 text-xs ${muted}`}>(created)</span>}
        </>
      ),
    },
    { header: "Direction", cell: (row) => messageDirectionLabel(row.direction) },
    { header: "Channel", cell: (row) => messageChannelLabel(row.channel) },
    { header: "From", cell: (row) => row.from },
    { header: "To", cell: (row) => row.to },
    { header: "Status", cell: (row) => messageStatusLabel(row.status) },
    {
      header: "Error",
      cell: (row) =>
        row.errorCode === null ? (
          "—"
        ) : (
          <>
            {row.errorCode}
            <span className={`ml-1 ${muted}`}>{messageErrorEntry(row.errorCode)?.title}</span>
          </>
        ),
    },
    {
      header: "Segments",
      sortBy: "segments",
      align: "right",
      cell: (row) => (row.numSegments === null ? "—" : formatNumber(row.numSegments)),
    },
    { header: "Cost", sortBy: "price", align: "right", cell: (row) => formatPrice(row.price, row.priceUnit) },
  ];
  return (
    <LogTable
      label="Messages"
      caption={`Messages matching the filters, times in ${timeZone}`}
      testId="message-log"
      empty="No messages match these filters in this period."
      columns={columns}
      rows={rows}
      sort={sort}
      sortHref={sortHref}
    />
  );
}

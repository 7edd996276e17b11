import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { CallLogRow, CallLogSort } from "@/lib/analytics";
import { directionLabel, statusLabel } from "@/lib/domain";
import { viewerFormats } from "@/lib/viewer";
import { SortHeader } from "./sort-header";

type CallLogTableProps = {
  rows: CallLogRow[];
  sort: CallLogSort;
  timeZone: string;
  sortHref: (sort: CallLogSort) => string;
  detailHref: (sid: string) => string;
};

const cell = "px-3 py-2 whitespace-nowrap";

/** One page of the call log; start time, duration and cost sort the whole filtered log. */
export async function CallLogTable({ rows, sort, timeZone, sortHref, detailHref }: CallLogTableProps) {
  const { formatCallDuration, formatCost, formatInstant } = await viewerFormats();
  return (
    <ScrollRegion
      label="Calls"
      className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full text-left text-sm tabular-nums" data-testid="call-log">
        <caption className="sr-only">Calls matching the filters, times in {timeZone}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-800/50">
          <tr>
            <SortHeader column="startTime" label="Started" sort={sort} hrefFor={sortHref} />
            <th scope="col" className="px-3 py-2 font-medium">
              From
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              To
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Direction
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <SortHeader column="duration" label="Duration" sort={sort} hrefFor={sortHref} align="right" />
            <SortHeader column="price" label="Cost" sort={sort} hrefFor={sortHref} align="right" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.sid} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
              <td className={cell}>
                <Link href={detailHref(row.sid)} className="font-medium text-link hover:underline">
                  {formatInstant(row.startTime, timeZone)}
                </Link>
              </td>
              <td className={cell}>{row.from}</td>
              <td className={cell}>{row.to}</td>
              <td className={cell}>{directionLabel(row.direction)}</td>
              <td className={cell}>{statusLabel(row.status)}</td>
              <td className={`${cell} text-right`}>{formatCallDuration(row.duration)}</td>
              <td className={`${cell} text-right`}>{formatCost(row.price, row.priceUnit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <p className="px-3 py-10 text-center text-sm text-slate-500 dark:text-slate-400">
          No calls match these filters in this period.
        </p>
      ) : null}
    </ScrollRegion>
  );
}

import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { LogSort } from "@/lib/analytics";
import { SortHeader } from "./sort-header";

export type LogColumn<Row, Column extends string> = {
  header: string;
  /** The sort key this column's header orders the whole filtered log by. */
  sortBy?: Column;
  align?: "left" | "right";
  cell: (row: Row) => ReactNode;
};

type LogTableProps<Row extends { sid: string }, Column extends string> = {
  /** What the rows are ("Calls"): the name of the table's scroll region. */
  label: string;
  caption: string;
  testId: string;
  /** Said when no row matches. */
  empty: string;
  columns: LogColumn<Row, Column>[];
  rows: Row[];
  sort: LogSort<Column>;
  sortHref: (sort: LogSort<Column>) => string;
};

const cell = "px-3 py-2 whitespace-nowrap";

/** One page of a log (calls, messages): a row per record, sortable columns linking to their order. */
export function LogTable<Row extends { sid: string }, Column extends string>({
  label,
  caption,
  testId,
  empty,
  columns,
  rows,
  sort,
  sortHref,
}: LogTableProps<Row, Column>) {
  return (
    <ScrollRegion
      label={label}
      className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full text-left text-sm tabular-nums" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-800/50">
          <tr>
            {columns.map((column) =>
              column.sortBy ? (
                <SortHeader
                  key={column.header}
                  column={column.sortBy}
                  label={column.header}
                  sort={sort}
                  hrefFor={sortHref}
                  align={column.align}
                />
              ) : (
                <th
                  key={column.header}
                  scope="col"
                  className={`px-3 py-2 font-medium ${column.align === "right" ? "text-right" : ""}`}
                >
                  {column.header}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.sid} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
              {columns.map((column) => (
                <td key={column.header} className={`${cell} ${column.align === "right" ? "text-right" : ""}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <p className="px-3 py-10 text-center text-sm text-slate-500 dark:text-slate-400">{empty}</p>
      ) : null}
    </ScrollRegion>
  );
}

import { ScrollRegion } from "@/components/ui/scroll-region";

export type ChartTableRow = { label: string; values: readonly string[] };

type ChartTableProps = {
  caption: string;
  /** The first column heads the row labels; the rest head `values`. */
  columns: readonly string[];
  rows: readonly ChartTableRow[];
};

/** The chart's data as a real table behind a disclosure: the accessible, keyboard-reachable view of every chart. */
export function ChartTable({ caption, columns, rows }: ChartTableProps) {
  const [rowHeader, ...valueHeaders] = columns;
  return (
    <details className="mt-3 text-sm">
      <summary className="w-fit cursor-pointer rounded text-xs font-medium text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white">
        Show as table<span className="sr-only">: {caption}</span>
      </summary>
      <ScrollRegion
        label={caption}
        className="mt-2 max-h-80 overflow-y-auto rounded-lg border border-slate-200 dark:border-slate-800"
      >
        <table className="w-full text-left text-xs tabular-nums">
          <caption className="px-3 py-2 text-left text-slate-500 dark:text-slate-400">{caption}</caption>
          <thead className="sticky top-0 bg-slate-50 dark:bg-slate-800">
            <tr>
              <th scope="col" className="px-3 py-1.5 font-medium">
                {rowHeader}
              </th>
              {valueHeaders.map((header) => (
                <th key={header} scope="col" className="px-3 py-1.5 text-right font-medium">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((row, index) => (
              <tr key={`${row.label}-${index}`}>
                <th scope="row" className="px-3 py-1.5 font-normal whitespace-nowrap">
                  {row.label}
                </th>
                {row.values.map((value, column) => (
                  <td key={column} className="px-3 py-1.5 text-right">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}

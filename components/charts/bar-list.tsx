import Link from "next/link";
import { type ValueFormat } from "@/lib/format";
import { viewerFormats } from "@/lib/viewer";

export type BarListRow = { label: string; value: number; secondary?: string; href?: string };

export type BarListProps = {
  title: string;
  /** Already ranked, largest first; bars are drawn relative to the largest value. */
  rows: readonly BarListRow[];
  valueFormat?: ValueFormat;
  currency?: string;
  emptyText?: string;
};

/**
 * A ranked list (top numbers, countries) in plain HTML. Every figure is already text and labels can be
 * links, so unlike the SVG charts it needs neither an image label nor a table view; the bars are decoration.
 */
export async function BarList({
  title,
  rows,
  valueFormat = "number",
  currency,
  emptyText = "No data for this period.",
}: BarListProps) {
  const { formatValue } = await viewerFormats();
  const max = Math.max(0, ...rows.map((row) => row.value));
  return (
    <figure className="min-w-0 space-y-3">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-500 dark:text-slate-400">{emptyText}</p>
      ) : (
        <ol className="space-y-1">
          {rows.map((row, index) => (
            <li key={`${row.label}-${index}`} className="relative">
              <div
                aria-hidden="true"
                className="absolute inset-y-0 left-0 rounded-md bg-sky-100 dark:bg-sky-400/15"
                style={{ width: `${max > 0 ? (Math.max(row.value, 0) / max) * 100 : 0}%` }}
              />
              <div className="relative flex items-baseline gap-3 px-2 py-1.5 text-sm">
                <span className="min-w-0 flex-1 truncate" title={row.label}>
                  {row.href ? (
                    <Link href={row.href} className="rounded hover:underline">
                      {row.label}
                    </Link>
                  ) : (
                    row.label
                  )}
                  {row.secondary ? <span className="ml-2 text-xs text-muted">{row.secondary}</span> : null}
                </span>
                <span className="font-medium tabular-nums">{formatValue(row.value, valueFormat, { currency })}</span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}

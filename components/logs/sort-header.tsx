import Link from "next/link";
import type { LogSort } from "@/lib/analytics";

type SortHeaderProps<Column extends string> = {
  column: Column;
  label: string;
  sort: LogSort<Column>;
  hrefFor: (sort: LogSort<Column>) => string;
  align?: "left" | "right";
};

/**
 * A column header that sorts by its column: a link (so it works with the keyboard and without
 * JavaScript), aria-sort on the header cell, and the same column again flips the order.
 */
export function SortHeader<Column extends string>({
  column,
  label,
  sort,
  hrefFor,
  align = "left",
}: SortHeaderProps<Column>) {
  const active = sort.column === column;
  const next: LogSort<Column> = { column, order: active && sort.order === "desc" ? "asc" : "desc" };
  const arrow = active ? (sort.order === "desc" ? "▼" : "▲") : "↕";
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.order === "desc" ? "descending" : "ascending") : "none"}
      className={`px-3 py-2 font-medium ${align === "right" ? "text-right" : "text-left"}`}
    >
      <Link href={hrefFor(next)} scroll={false} className="inline-flex items-center gap-1 rounded hover:underline">
        {label}
        <span aria-hidden="true" className="text-xs text-slate-400">
          {arrow}
        </span>
        <span className="sr-only">
          {active ? `, sorted ${sort.order === "desc" ? "descending" : "ascending"}` : ", sortable"}
        </span>
      </Link>
    </th>
  );
}

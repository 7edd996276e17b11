"use client";

import Link from "next/link";
import { useId, type MouseEvent } from "react";
import { STATUS_STYLES } from "@/components/charts/palette";
import { CALL_STATUSES, MESSAGE_STATUS_LABELS, MESSAGE_STATUSES, STATUS_LABELS } from "@/lib/domain";
import { DEFAULT_CALL_FILTERS, type Filters } from "@/lib/filters";
import { controlClass, labelClass } from "./control-styles";
import { DateRangeControl } from "./date-range-control";
import { DirectionControl } from "./direction-control";
import { FilterIssues } from "./filter-issues";
import { NumberSearch } from "./number-search";
import { StatusSelect, type StatusOption } from "./status-select";
import { TimeZoneSelect } from "./time-zone-select";
import { useFilterNavigation } from "./use-filter-navigation";

/**
 * What a page lists: the status choices and the words differ. Spend has neither statuses,
 * directions nor numbers, and its days are UTC days: range and account only.
 */
const RECORDS = {
  calls: {
    label: "Call filters",
    statuses: CALL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s], style: STATUS_STYLES[s] })),
  },
  messages: {
    label: "Message filters",
    statuses: MESSAGE_STATUSES.map((s) => ({ value: s, label: MESSAGE_STATUS_LABELS[s] })),
  },
  spend: { label: "Spend filters", statuses: null },
} satisfies Record<string, { label: string; statuses: StatusOption[] | null }>;

export type FilterBarProps = {
  /** Calls unless given. */
  records?: keyof typeof RECORDS;
  filters: Filters;
  accounts: { sid: string; name: string }[];
};

/**
 * The dashboard's filters, kept in the URL. Uses useSearchParams, so render it inside <Suspense>;
 * `filters` is what the page parsed from the same URL (parseCallFilters, parseMessageFilters).
 */
export function FilterBar({ records = "calls", filters: parsed, accounts }: FilterBarProps) {
  const id = useId();
  const { filters, isPending, update, navigate, hrefFor } = useFilterNavigation(parsed);
  // Reset clears the filters but keeps the time zone: it is how the user reads the dashboard, not a filter.
  const reset: Filters = { ...DEFAULT_CALL_FILTERS, tz: filters.tz };
  const { statuses } = RECORDS[records];
  const knownAccount = !filters.account || accounts.some((account) => account.sid === filters.account);

  function resetInPlace(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    navigate(reset);
  }

  return (
    <section aria-label={RECORDS[records].label} aria-busy={isPending} className="space-y-3">
      <FilterIssues issues={parsed.issues} />
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <DateRangeControl filters={filters} onChange={update} />
        {accounts.length > 0 ? (
          <div>
            <label htmlFor={`${id}-account`} className={labelClass}>
              Account
            </label>
            <select
              id={`${id}-account`}
              value={filters.account ?? ""}
              onChange={(event) => update({ account: event.target.value || undefined })}
              className={`${controlClass} max-w-56`}
            >
              <option value="">All accounts</option>
              {knownAccount ? null : <option value={filters.account}>{filters.account}</option>}
              {accounts.map((account) => (
                <option key={account.sid} value={account.sid}>
                  {account.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {statuses ? (
          <>
            <DirectionControl value={filters.direction} onChange={(direction) => update({ direction })} />
            <StatusSelect
              options={statuses}
              noun={records}
              value={filters.status}
              onChange={(status) => update({ status })}
            />
            <NumberSearch value={filters.q} onCommit={(q) => update({ q })} />
            <TimeZoneSelect value={filters.tz} onChange={(tz) => update({ tz })} />
          </>
        ) : null}
        <div className="ml-auto flex h-9 items-center gap-3 text-sm">
          <span role="status" className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
            {isPending ? (
              <>
                <span
                  aria-hidden="true"
                  className="size-3 rounded-full border-2 border-slate-300 border-t-brand-600 motion-safe:animate-spin dark:border-slate-600 dark:border-t-brand-500"
                />
                Updating…
              </>
            ) : null}
          </span>
          <Link
            href={hrefFor(reset)}
            scroll={false}
            onClick={resetInPlace}
            className="rounded font-medium text-slate-600 hover:text-slate-900 hover:underline dark:text-slate-300 dark:hover:text-white"
          >
            Reset
          </Link>
        </div>
      </div>
    </section>
  );
}

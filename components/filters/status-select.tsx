"use client";

import { useRef } from "react";
import { Swatch } from "@/components/charts/chart-patterns";
import { STATUS_STYLES } from "@/components/charts/palette";
import { CALL_STATUSES, STATUS_LABELS, type CallStatus } from "@/lib/domain";
import { useDismiss } from "@/components/shell/use-dismiss";
import { controlClass, labelClass } from "./control-styles";

type StatusSelectProps = { value: readonly CallStatus[]; onChange: (status: CallStatus[]) => void };

/** A checkbox group in a disclosure; no box ticked means every status. */
export function StatusSelect({ value, onChange }: StatusSelectProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const [only] = value;
  const shown =
    value.length === 0 ? "All statuses" : value.length === 1 && only ? STATUS_LABELS[only] : `${value.length} statuses`;

  function toggle(status: CallStatus, checked: boolean) {
    onChange(CALL_STATUSES.filter((s) => (s === status ? checked : value.includes(s))));
  }

  const dismiss = useDismiss(details);

  return (
    <div>
      <span aria-hidden="true" className={labelClass}>
        Status
      </span>
      <details ref={details} className="relative" {...dismiss}>
        <summary
          aria-label={`Status: ${shown}`}
          className={`${controlClass} flex cursor-pointer list-none items-center gap-2 [&::-webkit-details-marker]:hidden`}
        >
          {shown}
          <span aria-hidden="true" className="text-xs text-slate-500">
            ▾
          </span>
        </summary>
        {/* In the page flow on phones, where an overlay could run off screen; a dropdown from sm up. */}
        <fieldset className="mt-1 w-56 sm:absolute sm:z-20 space-y-0.5 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <legend className="sr-only">Show calls with these statuses</legend>
          {CALL_STATUSES.map((status) => (
            <label
              key={status}
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-800"
            >
              <input
                type="checkbox"
                checked={value.includes(status)}
                onChange={(event) => toggle(status, event.target.checked)}
                className="size-4 accent-brand-600"
              />
              <Swatch {...STATUS_STYLES[status]} />
              {STATUS_LABELS[status]}
            </label>
          ))}
          {value.length > 0 ? (
            <button
              type="button"
              onClick={() => onChange([])}
              className="mt-1 w-full rounded px-2 py-1 text-left text-xs font-medium text-link hover:bg-slate-50 dark:hover:bg-slate-800"
            >
              Show all statuses
            </button>
          ) : null}
        </fieldset>
      </details>
    </div>
  );
}

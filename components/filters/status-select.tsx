"use client";

import { useRef } from "react";
import { Swatch } from "@/components/charts/chart-patterns";
import type { SeriesStyle } from "@/components/charts/palette";
import { useDismiss } from "@/components/shell/use-dismiss";
import { controlClass, labelClass } from "./control-styles";

/** A status the filter offers, with its chart colour and pattern where charts show it. */
export type StatusOption = { value: string; label: string; style?: SeriesStyle };

type StatusSelectProps = {
  options: readonly StatusOption[];
  /** What the statuses belong to, in the plural ("calls"). */
  noun: string;
  value: readonly string[];
  onChange: (status: string[]) => void;
};

/** A checkbox group in a disclosure; no box ticked means every status. */
export function StatusSelect({ options, noun, value, onChange }: StatusSelectProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const only = value.length === 1 ? options.find((option) => option.value === value[0]) : undefined;
  const shown = value.length === 0 ? "All statuses" : only ? only.label : `${value.length} statuses`;

  function toggle(status: string, checked: boolean) {
    onChange(options.map((o) => o.value).filter((s) => (s === status ? checked : value.includes(s))));
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
          <legend className="sr-only">Show {noun} with these statuses</legend>
          {options.map(({ value: status, label, style }) => (
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
              {style ? <Swatch {...style} /> : null}
              {label}
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

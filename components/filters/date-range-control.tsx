"use client";

import { useId } from "react";
import type { Filters } from "@/lib/filters";
import { RANGE_LABELS, RANGE_PRESETS, resolveRange } from "@/lib/filters";
import { controlClass, labelClass } from "./control-styles";
import { CustomDates } from "./custom-dates";

type DateRangeControlProps = { filters: Filters; onChange: (patch: Partial<Filters>) => void };

export function DateRangeControl({ filters, onChange }: DateRangeControlProps) {
  const id = useId();

  function choose(value: string) {
    const range = RANGE_PRESETS.find((preset) => preset === value);
    if (!range) return;
    if (range !== "custom") return onChange({ range, from: undefined, to: undefined });
    // Custom starts from the days on screen, for the user to adjust.
    const { from, to } = resolveRange(filters, new Date());
    onChange({ range, from, to });
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={id} className={labelClass}>
          Date range
        </label>
        <select id={id} value={filters.range} onChange={(event) => choose(event.target.value)} className={controlClass}>
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {RANGE_LABELS[preset]}
            </option>
          ))}
        </select>
      </div>
      {filters.range === "custom" && filters.from && filters.to ? (
        <CustomDates from={filters.from} to={filters.to} onApply={(dates) => onChange(dates)} />
      ) : null}
    </div>
  );
}

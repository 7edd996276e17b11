"use client";

import { useId } from "react";
import { DIRECTION_LABELS, DIRECTIONS, type Direction } from "@/lib/filters";
import { labelClass } from "./control-styles";

/** All / Inbound / Outbound as a radio group (arrow keys move between options), styled as a segmented control. */
export function DirectionControl({ value, onChange }: { value: Direction; onChange: (direction: Direction) => void }) {
  const name = useId();
  return (
    <fieldset>
      <legend className={labelClass}>Direction</legend>
      <div className="flex h-9 items-center gap-0.5 rounded-lg border border-control bg-white p-0.5 text-sm shadow-sm dark:bg-slate-950">
        {DIRECTIONS.map((direction) => (
          <label
            key={direction}
            className="cursor-pointer rounded-md px-2.5 py-1 text-slate-600 hover:text-slate-900 has-[:checked]:bg-slate-900 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500 dark:text-slate-300 dark:hover:text-white dark:has-[:checked]:bg-slate-100 dark:has-[:checked]:text-slate-900"
          >
            <input
              type="radio"
              name={name}
              value={direction}
              checked={value === direction}
              onChange={() => onChange(direction)}
              className="sr-only"
            />
            {DIRECTION_LABELS[direction]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

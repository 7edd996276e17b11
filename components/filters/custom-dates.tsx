"use client";

import { useId, useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { MAX_RANGE_DAYS } from "@/lib/filters";
import { daysBetween, isIsoDate } from "@/lib/time";
import { controlClass, errorClass, labelClass } from "./control-styles";

type Dates = { from: string; to: string };

function problemWith({ from, to }: Dates): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return "Enter a start and an end date.";
  if (daysBetween(from, to) < 0) return "The end date is before the start date.";
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) return "Choose at most 3 years.";
  return null;
}

/**
 * Start and end dates, applied together with a button: date inputs report every keystroke of a
 * typed year as a valid date, and pushing each one would navigate through years like 0002.
 */
export function CustomDates({ from, to, onApply }: Dates & { onApply: (dates: Dates) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<Dates>({ from, to });
  // Follow the URL when it changes underneath us (Back, Reset) — in render, not in an effect.
  const [seen, setSeen] = useState<Dates>({ from, to });
  if (seen.from !== from || seen.to !== to) {
    setSeen({ from, to });
    setDraft({ from, to });
  }

  const problem = problemWith(draft);
  const changed = draft.from !== from || draft.to !== to;

  function apply(event: FormEvent) {
    event.preventDefault();
    if (!problem && changed) onApply(draft);
  }

  const input = (key: keyof Dates, label: string) => (
    <div>
      <label htmlFor={`${id}-${key}`} className={labelClass}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        type="date"
        required
        value={draft[key]}
        min={key === "to" ? draft.from : undefined}
        max={key === "from" ? draft.to : undefined}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        className={controlClass}
      />
    </div>
  );

  return (
    <form onSubmit={apply} className="flex flex-wrap items-end gap-2">
      {input("from", "From")}
      {input("to", "To")}
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page once applied. */}
      <button type="submit" aria-disabled={!changed || problem !== null} className={buttonClass("secondary", "h-9")}>
        Apply
      </button>
      {problem ? (
        <p id={`${id}-error`} role="alert" className={`${errorClass} w-full`}>
          {problem}
        </p>
      ) : null}
    </form>
  );
}

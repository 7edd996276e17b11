"use client";

import { useEffect, useId, useRef, useState } from "react";
import { normalizeNumberQuery } from "@/lib/filters";
import { controlClass, errorClass, labelClass } from "./control-styles";

const DEBOUNCE_MS = 300;

type NumberSearchProps = { value: string | undefined; onCommit: (q: string | undefined) => void };

/** Searches by phone number as the user types, pushing to the URL once typing pauses. */
export function NumberSearch({ value, onCommit }: NumberSearchProps) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  // The URL can also change without us (Back, Reset): then the box follows it. `committed` tells our
  // own pushes apart, so a commit arriving while the user keeps typing never overwrites what they typed.
  const [seen, setSeen] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setText(value ?? "");
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const pending = timer;
    return () => clearTimeout(pending.current);
  }, []);

  const normalized = normalizeNumberQuery(text);

  function change(next: string) {
    setText(next);
    clearTimeout(timer.current);
    const q = normalizeNumberQuery(next);
    if (q === null) return;
    timer.current = setTimeout(() => {
      setCommitted(q || undefined);
      if ((q || undefined) !== value) onCommit(q || undefined);
    }, DEBOUNCE_MS);
  }

  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Phone number
      </label>
      <input
        id={id}
        type="search"
        inputMode="tel"
        autoComplete="off"
        placeholder="+1415…"
        value={text}
        onChange={(event) => change(event.target.value)}
        aria-invalid={normalized === null ? true : undefined}
        aria-describedby={normalized === null ? `${id}-error` : undefined}
        className={`${controlClass} w-44`}
      />
      {normalized === null ? (
        <p id={`${id}-error`} className={errorClass}>
          Digits and a leading + only, up to 20.
        </p>
      ) : null}
    </div>
  );
}

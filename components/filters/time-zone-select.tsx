"use client";

import { useId, useSyncExternalStore } from "react";
import { controlClass, labelClass } from "./control-styles";

// Neither list changes while the page is open, so there is nothing to subscribe to.
const subscribeNever = () => () => {};

let zones: readonly string[] | undefined;
function allZones(): readonly string[] {
  zones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return zones;
}
// Server and browser ship different zone lists; rendering the browser's only after hydration keeps them from clashing.
const SERVER_ZONES: readonly string[] = ["UTC"];

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

type TimeZoneSelectProps = { value: string; onChange: (tz: string) => void };

export function TimeZoneSelect({ value, onChange }: TimeZoneSelectProps) {
  const id = useId();
  const options = useSyncExternalStore(subscribeNever, allZones, () => SERVER_ZONES);
  const local = useSyncExternalStore(subscribeNever, browserZone, () => null);
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Time zone
      </label>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`${controlClass} max-w-60`}
        >
          {(options.includes(value) ? options : [value, ...options]).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {local && local !== value ? (
          <button
            type="button"
            onClick={() => onChange(local)}
            className="rounded text-xs font-medium text-link hover:underline"
          >
            Use my time zone ({local.replaceAll("_", " ")})
          </button>
        ) : null}
      </div>
    </div>
  );
}

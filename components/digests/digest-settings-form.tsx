"use client";

import { useState } from "react";
import { controlClass, labelClass } from "@/components/filters/control-styles";
import { TimeZoneSelect } from "@/components/filters/time-zone-select";
import { buttonClass } from "@/components/ui/button-styles";

type Props = {
  workspaceId: string;
  /** The person's current subscription, or null when they have not opted in. */
  current: { kind: "weekly" | "daily"; timeZone: string } | null;
  action: (formData: FormData) => Promise<void>;
};

/** Opt in to the digest (weekly or daily, in a time zone) or out; the zone picker is the dashboards'. */
export function DigestSettingsForm({ workspaceId, current, action }: Props) {
  const [timeZone, setTimeZone] = useState(current?.timeZone ?? "UTC");
  return (
    <form action={action} className="flex flex-wrap items-end gap-4" aria-label="Digest settings">
      <input type="hidden" name="workspace" value={workspaceId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <div>
        <label htmlFor="digest-kind" className={labelClass}>
          Send me
        </label>
        <select id="digest-kind" name="kind" defaultValue={current?.kind ?? "weekly"} className={controlClass}>
          <option value="weekly">Weekly, on Monday, for the week before</option>
          <option value="daily">Daily, for the day before</option>
        </select>
      </div>
      <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
      <button type="submit" name="enabled" value="on" className={buttonClass("primary")}>
        {current ? "Save" : "Opt in"}
      </button>
      {current ? (
        <button type="submit" name="enabled" value="off" className={buttonClass("secondary")}>
          Stop the digest
        </button>
      ) : null}
    </form>
  );
}

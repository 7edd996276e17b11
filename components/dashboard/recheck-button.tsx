"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";

/** What Check again says after it ran. */
export type RecheckState = { message?: string; tone?: "success" | "warning" | "error" };

type Props = {
  workspaceId: string;
  connectionId: string;
  action: (state: RecheckState, formData: FormData) => Promise<RecheckState>;
};

/** Check again: reads Twilio's usage of the flagged days and imports them again, now. */
export function RecheckButton({ workspaceId, connectionId, action }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="space-y-2" aria-label="Check the flagged days again">
      <input type="hidden" name="workspace" value={workspaceId} />
      <input type="hidden" name="connection" value={connectionId} />
      <button type="submit" disabled={pending} className={buttonClass("secondary")}>
        {pending ? "Checking…" : "Check again"}
      </button>
      {state.message ? <Notice tone={state.tone ?? "success"}>{state.message}</Notice> : null}
    </form>
  );
}

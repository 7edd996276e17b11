"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export type InviteState = {
  error?: string;
  /** The invitation just sent; `link` only when it went to the outbox (no mail server), to hand over by other means. */
  sent?: { email: string; delivery: "smtp" | "outbox"; link?: string };
};

type Props = {
  workspaceId: string;
  roles: { value: string; label: string }[];
  action: (state: InviteState, formData: FormData) => Promise<InviteState>;
};

/** Invite by email: the result (or the refusal) shows under the form, with the link when no mail server sends it. */
export function InviteForm({ workspaceId, roles, action }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="space-y-3" aria-label="Invite a colleague">
      <input type="hidden" name="workspace" value={workspaceId} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          placeholder="colleague@example.com"
          required
        />
        <div className="space-y-1">
          <label htmlFor="invite-role" className="block text-sm font-medium">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue="viewer"
            className="block rounded-lg border border-control bg-white px-3 py-2 text-sm dark:bg-slate-950"
          >
            {roles.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
          {pending ? "Sending…" : "Send invitation"}
        </button>
      </div>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      {state.sent ? (
        <Notice tone="success">
          {state.sent.delivery === "smtp" ? (
            <>Invitation mailed to {state.sent.email}.</>
          ) : (
            <span className="block space-y-1">
              <span className="block">
                Invitation for {state.sent.email} is in the app&apos;s outbox (no mail server is configured): they see
                it under Outbox once signed in with that address. Or send them this link, valid for 7 days, once:
              </span>
              <code
                className="block rounded bg-white/60 px-2 py-1 text-xs wrap-anywhere dark:bg-black/30"
                data-testid="invitation-link"
              >
                {state.sent.link}
              </code>
            </span>
          )}
        </Notice>
      ) : null}
    </form>
  );
}

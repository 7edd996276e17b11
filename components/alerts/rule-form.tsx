"use client";

import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ParamField } from "@/lib/alerts";

export type RuleFormState = { error?: string };

export type RuleFormOptions = {
  connections: { id: string; label: string; accounts: { sid: string; label: string }[] }[];
  kinds: { kind: string; label: string; fields: ParamField[]; preset: Record<string, string | number> }[];
  members: { userId: string; label: string }[];
};

type Props = RuleFormOptions & {
  workspaceId: string;
  action: (state: RuleFormState, formData: FormData) => Promise<RuleFormState>;
};

const selectClass = "block w-full rounded-lg border border-control bg-white px-3 py-2 text-sm dark:bg-slate-950";

/** A new rule from a preset: the kind's figures start at its defaults, which most people keep. */
export function RuleForm({ workspaceId, connections, kinds, members, action }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const [kindName, setKind] = useState(kinds[0]?.kind ?? "");
  const [connectionId, setConnection] = useState(connections[0]?.id ?? "");
  const kind = kinds.find((k) => k.kind === kindName) ?? kinds[0];
  const accounts = connections.find((c) => c.id === connectionId)?.accounts ?? [];
  return (
    <form action={submit} className="space-y-4" aria-label="New alert rule">
      <input type="hidden" name="workspace" value={workspaceId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="rule-kind" className="block text-sm font-medium">
            Alert when
          </label>
          <select
            id="rule-kind"
            name="kind"
            value={kindName}
            onChange={(e) => setKind(e.target.value)}
            className={selectClass}
          >
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="rule-connection" className="block text-sm font-medium">
            Connection
          </label>
          <select
            id="rule-connection"
            name="connectionId"
            value={connectionId}
            onChange={(e) => setConnection(e.target.value)}
            className={selectClass}
          >
            {connections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="rule-account" className="block text-sm font-medium">
            Account
          </label>
          <select id="rule-account" name="accountSid" defaultValue="" key={connectionId} className={selectClass}>
            <option value="">All accounts</option>
            {accounts.map((a) => (
              <option key={a.sid} value={a.sid}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* Keyed by kind: switching kinds starts the new one's figures from its preset. */}
      <fieldset key={kind?.kind} className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">Figures (the preset&apos;s defaults)</legend>
        {kind?.fields.map((field) =>
          field.type === "number" ? (
            <Field
              key={field.name}
              label={field.label}
              name={field.name}
              type="number"
              min={field.min}
              max={field.max}
              step={field.step}
              defaultValue={kind.preset[field.name]}
              required
            />
          ) : (
            <div key={field.name} className="space-y-1">
              <label htmlFor={field.name} className="block text-sm font-medium">
                {field.label}
              </label>
              <select id={field.name} name={field.name} defaultValue={kind.preset[field.name]} className={selectClass}>
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          ),
        )}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Mail</legend>
        {members.map((member) => (
          <label key={member.userId} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={`notify:${member.userId}`} />
            {member.label}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Webhook URL (optional, https)"
          name="webhookUrl"
          type="url"
          placeholder="https://hooks.example.com/…"
        />
        <Field
          label="Webhook signing secret (16+ characters)"
          name="webhookSecret"
          type="password"
          autoComplete="off"
          minLength={16}
        />
      </div>
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        {pending ? "Saving…" : "Create rule"}
      </button>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}

"use client";

import { useActionState, useState, type SelectHTMLAttributes } from "react";
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

type ChoiceProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  options: { value: string; label: string }[];
};

/** A labelled select, as Field is a labelled input. */
function Choice({ name, label, options, ...select }: ChoiceProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={name}
        name={name}
        className="block w-full rounded-lg border border-control bg-white px-3 py-2 text-sm dark:bg-slate-950"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
        <Choice
          name="kind"
          label="Alert when"
          value={kindName}
          onChange={(event) => setKind(event.target.value)}
          options={kinds.map((k) => ({ value: k.kind, label: k.label }))}
        />
        <Choice
          name="connectionId"
          label="Connection"
          value={connectionId}
          onChange={(event) => setConnection(event.target.value)}
          options={connections.map((c) => ({ value: c.id, label: c.label }))}
        />
        <Choice
          key={connectionId}
          name="accountSid"
          label="Account"
          defaultValue=""
          options={[{ value: "", label: "All accounts" }, ...accounts.map((a) => ({ value: a.sid, label: a.label }))]}
        />
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
            <Choice
              key={field.name}
              name={field.name}
              label={field.label}
              defaultValue={kind.preset[field.name]}
              options={field.options}
            />
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

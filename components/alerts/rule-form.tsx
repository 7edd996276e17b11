"use client";

import Link from "next/link";
import { useActionState, useState, type SelectHTMLAttributes } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ParamField } from "@/lib/alerts";

export type RuleFormState = { error?: string };

export type RuleFormOptions = {
  connections: { id: string; label: string; accounts: { sid: string; label: string }[]; numbers: string[] }[];
  /** `byNumber`: the kind can watch one number. */
  kinds: {
    kind: string;
    label: string;
    fields: ParamField[];
    preset: Record<string, string | number>;
    byNumber: boolean;
  }[];
  members: { userId: string; label: string }[];
};

/** A stored rule as the edit form starts from it; its connection and kind stay as they are. */
export type EditedRule = {
  id: string;
  kind: string;
  connectionId: string;
  accountSid: string | null;
  number: string | null;
  params: Record<string, string | number>;
  emailUserIds: string[];
  /** The webhook's scheme and host, when it has one (its whole URL is a credential). */
  webhook: string | null;
};

type Props = RuleFormOptions & {
  workspaceId: string;
  action: (state: RuleFormState, formData: FormData) => Promise<RuleFormState>;
  /** The rule being changed; a new rule from a preset when absent. */
  editing?: EditedRule;
  /** Where Cancel goes back to, when editing. */
  cancelHref?: string;
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

/**
 * A new rule from a preset (the kind's figures start at its defaults, which most people keep), or
 * an existing rule's scope, figures and recipients.
 */
export function RuleForm({ workspaceId, connections, kinds, members, action, editing, cancelHref }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const [kindName, setKind] = useState(editing?.kind ?? kinds[0]?.kind ?? "");
  const [connectionId, setConnection] = useState(editing?.connectionId ?? connections[0]?.id ?? "");
  const kind = kinds.find((k) => k.kind === kindName) ?? kinds[0];
  const connection = connections.find((c) => c.id === connectionId);
  const accounts = connection?.accounts ?? [];
  const values = editing?.params ?? kind?.preset ?? {};
  return (
    <form action={submit} className="space-y-4" aria-label={editing ? "Edit alert rule" : "New alert rule"}>
      <input type="hidden" name="workspace" value={workspaceId} />
      {editing ? (
        <>
          <input type="hidden" name="ruleId" value={editing.id} />
          <p className="text-sm">
            <span className="font-medium">{kind?.label}</span> on {connection?.label ?? "a connection"}. To watch
            another kind or connection, make a new rule.
          </p>
        </>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {editing ? null : (
          <>
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
          </>
        )}
        <Choice
          key={connectionId}
          name="accountSid"
          label="Account"
          defaultValue={editing?.accountSid ?? ""}
          options={[{ value: "", label: "All accounts" }, ...accounts.map((a) => ({ value: a.sid, label: a.label }))]}
        />
        {kind?.byNumber ? (
          <>
            <Field
              key={`number-${connectionId}`}
              label="Number (inbound calls to it; empty for all)"
              name="number"
              list="rule-numbers"
              inputMode="tel"
              autoComplete="off"
              placeholder="All numbers"
              defaultValue={editing?.number ?? ""}
            />
            <datalist id="rule-numbers">
              {connection?.numbers.map((number) => (
                <option key={number} value={number} />
              ))}
            </datalist>
          </>
        ) : null}
      </div>
      {/* Keyed by kind: switching kinds starts the new one's figures from its preset. */}
      <fieldset key={kind?.kind} className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">{editing ? "Figures" : "Figures (the preset's defaults)"}</legend>
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
              defaultValue={values[field.name]}
              required
            />
          ) : (
            <Choice
              key={field.name}
              name={field.name}
              label={field.label}
              defaultValue={values[field.name]}
              options={field.options}
            />
          ),
        )}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Mail</legend>
        {members.map((member) => (
          <label key={member.userId} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={`notify:${member.userId}`}
              defaultChecked={editing?.emailUserIds.includes(member.userId)}
            />
            {member.label}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label={editing?.webhook ? "New webhook URL (empty keeps it)" : "Webhook URL (optional, https)"}
          name="webhookUrl"
          type="url"
          placeholder={editing?.webhook ?? "https://hooks.example.com/…"}
        />
        <Field
          label={editing?.webhook ? "New signing secret (empty keeps it)" : "Webhook signing secret (16+ characters)"}
          name="webhookSecret"
          type="password"
          autoComplete="off"
          minLength={16}
        />
      </div>
      {editing?.webhook ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="removeWebhook" />
          Remove the webhook to {editing.webhook}
        </label>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Create rule"}
        </button>
        {editing && cancelHref ? (
          <Link href={cancelHref} className={buttonClass("ghost")}>
            Cancel
          </Link>
        ) : null}
      </div>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}

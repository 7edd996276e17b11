import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { RuleForm, type EditedRule, type RuleFormOptions } from "@/components/alerts/rule-form";
import { RuleList } from "@/components/alerts/rule-list";
import { DigestSettingsForm } from "@/components/digests/digest-settings-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import {
  inboundNumbersOf,
  KIND_LABELS,
  listAlertRules,
  NUMBER_KINDS,
  PARAM_FIELDS,
  PRESETS,
  RULE_KINDS,
  ruleIdSchema,
} from "@/lib/alerts";
import { connectionLabel, listConnections } from "@/lib/connections";
import { findDigestSubscription } from "@/lib/digests";
import type { SearchParamsRecord } from "@/lib/filters";
import { requireWorkspace } from "@/lib/http";
import { viewerFormats } from "@/lib/viewer";
import { noticeParam, readPageParams } from "@/lib/web";
import { listMembers, workspacePath } from "@/lib/workspaces";
import {
  createAlertRuleAction,
  deleteAlertRuleAction,
  saveDigestSettingsAction,
  setAlertRuleEnabledAction,
  updateAlertRuleAction,
} from "./actions";

export const metadata: Metadata = { title: "Alerts" };

const NOTICES = {
  created: { tone: "success", text: "Rule created: it is evaluated after every import." },
  saved: { tone: "success", text: "Rule saved: the change applies from the next import." },
  enabled: { tone: "success", text: "Rule turned on." },
  disabled: { tone: "success", text: "Rule turned off: it is no longer evaluated." },
  deleted: { tone: "success", text: "Rule deleted, with its history." },
  "not-found": { tone: "error", text: "That rule is no longer here." },
  "too-many": { tone: "error", text: "Many changes just now. Try again in a while." },
  "digest-on": { tone: "success", text: "Digest saved: it is mailed to you after each period ends." },
  "digest-off": { tone: "success", text: "Digest stopped: you will get no more of it." },
  "digest-invalid": { tone: "error", text: "Choose weekly or daily and a time zone." },
} as const;

// Set by our own redirects; anything else in the URL shows no message.
const pageParams = z.object({
  notice: noticeParam(NOTICES),
  /** The rule whose edit form replaces the new-rule form. */
  edit: ruleIdSchema.optional().catch(undefined),
});

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<SearchParamsRecord> };

/** The workspace's alert rules, their state and history; owners and admins create and change them. */
export default async function AlertsPage({ params, searchParams }: Props) {
  const { user, access } = await requireWorkspace((await params).workspace, "/alerts");
  const { notice, edit } = readPageParams(pageParams, await searchParams).data;
  const manage = access.permissions.manageAlerts;
  const [rules, connections, formats, digest] = [
    await listAlertRules(access.id),
    await listConnections(access.id),
    await viewerFormats(),
    await findDigestSubscription(user.id, access.id),
  ];
  const formatDate = (date: Date) => formats.formatDateTime(date, "UTC");
  const edited = manage && edit ? rules.find((rule) => rule.id === edit && rule.params) : undefined;
  const editing: EditedRule | undefined = edited?.params
    ? { ...edited, params: edited.params, webhook: edited.webhook }
    : undefined;
  const shownNotice = notice ?? (edit && manage && !editing ? "not-found" : undefined);
  const options: RuleFormOptions = {
    connections: await Promise.all(
      connections.map(async (connection) => ({
        id: connection.id,
        label: connectionLabel(connection),
        accounts: connection.accounts.map((account) => ({
          sid: account.sid,
          label: `${account.friendlyName} (${account.sid})`,
        })),
        numbers: manage ? await inboundNumbersOf(connection.id) : [],
      })),
    ),
    kinds: RULE_KINDS.map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      fields: PARAM_FIELDS[kind],
      preset: PRESETS[kind],
      byNumber: NUMBER_KINDS.includes(kind),
    })),
    members: manage
      ? (await listMembers(access.id)).map((member) => ({
          userId: member.userId,
          label: member.email ? `${member.name} (${member.email})` : member.name,
        }))
      : [],
  };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Alerts</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Rules checked after every import of {access.name}&apos;s calls and messages. A rule that starts firing
          notifies once, reminds at most once a day while it keeps firing, and says when it is resolved.
        </p>
      </div>
      {shownNotice ? <Notice tone={NOTICES[shownNotice].tone}>{NOTICES[shownNotice].text}</Notice> : null}
      {manage && editing ? (
        <Card className="space-y-4">
          <h2 className="text-base font-semibold">Edit rule</h2>
          <RuleForm
            key={editing.id}
            workspaceId={access.id}
            action={updateAlertRuleAction}
            editing={editing}
            cancelHref={workspacePath(access.id, "/alerts")}
            {...options}
          />
        </Card>
      ) : manage ? (
        <Card className="space-y-4">
          <h2 className="text-base font-semibold">New rule</h2>
          {connections.length === 0 ? (
            <p className="text-sm">
              Connect a Twilio account first:{" "}
              <Link href={workspacePath(access.id, "/connections")} className="text-link underline">
                Connections
              </Link>
              .
            </p>
          ) : (
            <RuleForm workspaceId={access.id} action={createAlertRuleAction} {...options} />
          )}
        </Card>
      ) : null}
      <Card className="space-y-3">
        <h2 className="text-base font-semibold">Your digest</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {digest
            ? `You get the ${digest.kind} digest of ${access.name} (${digest.timeZone}).`
            : `A mail to you alone with each connection's headline figures, their change and the alerts of the period, as the dashboard shows them.`}
        </p>
        <DigestSettingsForm workspaceId={access.id} current={digest} action={saveDigestSettingsAction} />
      </Card>
      <section className="space-y-3" aria-labelledby="alert-rules">
        <h2 id="alert-rules" className="text-base font-semibold">
          Rules ({rules.length})
        </h2>
        <RuleList
          workspaceId={access.id}
          rules={rules}
          manage={manage}
          formatDate={formatDate}
          actions={{ setEnabled: setAlertRuleEnabledAction, remove: deleteAlertRuleAction }}
        />
      </section>
    </div>
  );
}

import { describeRule, KIND_LABELS, type RuleSpec } from "./kinds";
import type { Figures } from "./figures";

// What a delivery says, fixed when it is queued so every attempt sends the same: a mail's subject
// and text, and a webhook's JSON body (with a Slack-compatible `text`).

export const NOTICE_EVENTS = ["fired", "reminder", "resolved"] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

export type NoticeContext = {
  event: NoticeEvent;
  rule: { id: string; spec: RuleSpec; accountSid: string | null; number: string | null };
  connection: string;
  firing: { id: string; startedAt: Date; resolvedAt: Date | null };
  figures: Figures;
  dashboardUrl: string;
};

const HEADLINES: Record<NoticeEvent, string> = {
  fired: "Alert firing",
  reminder: "Alert still firing",
  resolved: "Alert resolved",
};

function headline({ event, rule, connection }: NoticeContext): string {
  const scope = [connection, rule.accountSid && `account ${rule.accountSid}`, rule.number && `calls to ${rule.number}`]
    .filter(Boolean)
    .join(", ");
  return `${HEADLINES[event]}: ${KIND_LABELS[rule.spec.kind]} (${scope})`;
}

export function mailNotice(context: NoticeContext): { subject: string; text: string } {
  const lines = [
    headline(context),
    "",
    context.figures.summary,
    `Rule: ${describeRule(context.rule.spec)}`,
    `Firing since ${context.firing.startedAt.toISOString()}${context.firing.resolvedAt ? `, resolved ${context.firing.resolvedAt.toISOString()}` : ""}.`,
    "",
    `Dashboard for these hours: ${context.dashboardUrl}`,
  ];
  return { subject: headline(context), text: lines.join("\n") };
}

export function webhookNotice(context: NoticeContext) {
  const { event, rule, firing, figures } = context;
  return {
    event,
    text: `${headline(context)}. ${figures.summary} <${context.dashboardUrl}|Open the dashboard>`,
    state: event === "resolved" ? "ok" : "firing",
    rule: {
      id: rule.id,
      kind: rule.spec.kind,
      description: describeRule(rule.spec),
      params: rule.spec.params,
      connection: context.connection,
      accountSid: rule.accountSid,
      number: rule.number,
    },
    firing: {
      id: firing.id,
      startedAt: firing.startedAt.toISOString(),
      resolvedAt: firing.resolvedAt?.toISOString() ?? null,
    },
    figures,
    dashboardUrl: context.dashboardUrl,
  };
}

import "server-only";
import { connectionLabel } from "@/lib/connections";
import { getDb } from "@/lib/db";
import { readFigures, type Figures } from "./figures";
import { describeRule, KIND_LABELS, readRuleSpec } from "./kinds";
import { firingDashboardPath } from "./links";

// What the alerts page shows of a workspace's rules: each with its state, recent firings with
// their figures and link, and the last deliveries with the receiver's answer. Never a webhook's
// secret, nor its whole URL (Slack's and others' URLs are credentials themselves): only its host.

const FIRINGS_SHOWN = 10;
const DELIVERIES_SHOWN = 10;

/** A webhook URL as the page may show it: scheme and host. */
export function redactedTarget(channel: string, target: string): string {
  if (channel !== "webhook") return target;
  try {
    const url = new URL(target);
    return `${url.protocol}//${url.host}/…`;
  } catch {
    return "(not a URL)";
  }
}

export async function listAlertRules(workspaceId: string) {
  const rules = await getDb().alertRule.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      workspaceId: true,
      connectionId: true,
      accountSid: true,
      number: true,
      kind: true,
      params: true,
      enabled: true,
      state: true,
      stateSince: true,
      lastEvaluatedAt: true,
      emailUserIds: true,
      webhookUrl: true,
      connection: { select: { friendlyName: true, connectAccountSid: true } },
      firings: {
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
        take: FIRINGS_SHOWN,
        select: {
          id: true,
          startedAt: true,
          resolvedAt: true,
          figures: true,
          lastFigures: true,
          deliveries: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: DELIVERIES_SHOWN,
            select: {
              id: true,
              event: true,
              channel: true,
              target: true,
              status: true,
              attempts: true,
              nextAttemptAt: true,
              responseStatus: true,
              responseBody: true,
              lastAttemptAt: true,
            },
          },
        },
      },
    },
  });
  return rules.map(({ params, webhookUrl, firings, connection, ...rule }) => {
    const spec = readRuleSpec(rule.kind, params);
    return {
      ...rule,
      label: spec ? KIND_LABELS[spec.kind] : rule.kind,
      description: spec ? describeRule(spec) : "This rule's settings no longer read: delete it and make it again.",
      /** The parameters as the edit form starts from them; null when they no longer read. */
      params: spec ? (spec.params as Record<string, string | number>) : null,
      connection: connectionLabel(connection),
      webhook: webhookUrl ? redactedTarget("webhook", webhookUrl) : null,
      firings: firings.map((firing) => {
        const figures: Figures | null = readFigures(firing.figures);
        return {
          id: firing.id,
          startedAt: firing.startedAt,
          resolvedAt: firing.resolvedAt,
          figures,
          latest: readFigures(firing.lastFigures),
          dashboardPath: figures ? firingDashboardPath(rule, figures) : null,
          deliveries: firing.deliveries.map((delivery) => ({
            ...delivery,
            target: redactedTarget(delivery.channel, delivery.target),
          })),
        };
      }),
    };
  });
}

export type AlertRuleView = Awaited<ReturnType<typeof listAlertRules>>[number];

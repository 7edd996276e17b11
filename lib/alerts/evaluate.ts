import "server-only";
import { connectionLabel } from "@/lib/connections";
import { getDb, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { listMembers } from "@/lib/workspaces";
import { checkRule } from "./checks";
import type { Figures } from "./figures";
import { readRuleSpec, type RuleSpec } from "./kinds";
import { firingDashboardPath } from "./links";
import { mailNotice, webhookNotice, type NoticeContext, type NoticeEvent } from "./notices";

// After an import: each enabled rule of the connection is measured, then its state moves on in a
// transaction that holds the rule's row (FOR UPDATE), so two imports finishing together decide one
// after the other: the second sees the first's firing and notifies nobody again. A new firing
// notifies once, one still firing reminds at most once a day, one that clears sends "resolved".
// "unknown" (too little traffic) leaves the state as it was.

const REMINDER_AFTER_MS = 24 * 60 * 60 * 1000;

export type RuleOutcome = "fired" | "reminded" | "resolved" | "unchanged";

type Rule = Prisma.AlertRuleGetPayload<{ include: { connection: true } }>;

/** Where links in mail and webhooks point: the configured public URL, else the local app. */
function appOrigin(): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : "http://localhost:3000";
}

/** Evaluates every enabled rule of a connection at `now`; what happened to each, by rule id. */
export async function evaluateConnectionAlerts(
  connectionId: string,
  now = new Date(),
): Promise<Record<string, RuleOutcome>> {
  const rules = await getDb().alertRule.findMany({
    where: { connectionId, enabled: true },
    include: { connection: true },
    orderBy: { createdAt: "asc" },
  });
  const outcomes: Record<string, RuleOutcome> = {};
  for (const rule of rules) {
    const spec = readRuleSpec(rule.kind, rule.params);
    if (!spec) continue;
    // Scoped to the rule's own connection (and account): a rule never reads another's rollups.
    const scope = { connectionId: rule.connectionId, accountSid: rule.accountSid, number: rule.number };
    const figures = await checkRule(spec, scope, now);
    outcomes[rule.id] = await advance(rule, spec, figures, now);
  }
  return outcomes;
}

async function advance(rule: Rule, spec: RuleSpec, figures: Figures, now: Date): Promise<RuleOutcome> {
  const recipients = await mailRecipients(rule);
  return getDb().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ enabled: boolean }[]>`
      SELECT "enabled" FROM "AlertRule" WHERE "id" = ${rule.id} FOR UPDATE`;
    if (!locked?.enabled) return "unchanged";
    const open = await tx.alertFiring.findFirst({ where: { ruleId: rule.id, resolvedAt: null } });
    const json = figures as unknown as Prisma.InputJsonValue;
    await tx.alertRule.update({ where: { id: rule.id }, data: { lastEvaluatedAt: now } });
    const queue = (event: NoticeEvent, firing: NoticeContext["firing"]) =>
      queueDeliveries(
        tx,
        rule,
        recipients,
        { event, rule: { id: rule.id, spec, accountSid: rule.accountSid, number: rule.number }, firing, figures },
        now,
      );

    if (figures.verdict === "firing" && !open) {
      const firing = await tx.alertFiring.create({
        data: { ruleId: rule.id, startedAt: now, figures: json, lastFigures: json, lastNotifiedAt: now },
      });
      await tx.alertRule.update({ where: { id: rule.id }, data: { state: "firing", stateSince: now } });
      await queue("fired", firing);
      return "fired";
    }
    if (figures.verdict === "firing" && open) {
      const remind = now.getTime() - open.lastNotifiedAt.getTime() >= REMINDER_AFTER_MS;
      await tx.alertFiring.update({
        where: { id: open.id },
        data: { lastFigures: json, ...(remind ? { lastNotifiedAt: now } : {}) },
      });
      if (!remind) return "unchanged";
      await queue("reminder", open);
      return "reminded";
    }
    if (figures.verdict === "clear" && open) {
      const resolved = await tx.alertFiring.update({
        where: { id: open.id },
        data: { resolvedAt: now, lastFigures: json },
      });
      await tx.alertRule.update({ where: { id: rule.id }, data: { state: "ok", stateSince: now } });
      await queue("resolved", resolved);
      return "resolved";
    }
    return "unchanged";
  });
}

/** The addresses of the rule's recipients who are still members of its workspace. */
async function mailRecipients(rule: Rule): Promise<string[]> {
  if (rule.emailUserIds.length === 0) return [];
  const wanted = new Set(rule.emailUserIds);
  return (await listMembers(rule.workspaceId)).flatMap((member) =>
    wanted.has(member.userId) && member.email ? [member.email] : [],
  );
}

async function queueDeliveries(
  tx: Prisma.TransactionClient,
  rule: Rule,
  recipients: string[],
  notice: Omit<NoticeContext, "connection" | "dashboardUrl">,
  now: Date,
): Promise<void> {
  const context: NoticeContext = {
    ...notice,
    connection: connectionLabel(rule.connection),
    dashboardUrl: `${appOrigin()}${firingDashboardPath(rule, notice.figures)}`,
  };
  const base = { firingId: notice.firing.id, event: notice.event, nextAttemptAt: now, createdAt: now };
  const mail = mailNotice(context) as unknown as Prisma.InputJsonValue;
  await tx.alertDelivery.createMany({
    data: [
      ...recipients.map((to) => ({ ...base, channel: "email", target: to, payload: mail })),
      ...(rule.webhookUrl
        ? [
            {
              ...base,
              channel: "webhook",
              target: rule.webhookUrl,
              payload: webhookNotice(context) as unknown as Prisma.InputJsonValue,
            },
          ]
        : []),
    ],
  });
}

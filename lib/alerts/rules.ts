import "server-only";
import { z } from "zod";
import { connectionIdSchema, getConnection } from "@/lib/connections";
import { getDb, Prisma } from "@/lib/db";
import { accountSidSchema } from "@/lib/domain";
import { ownValue } from "@/lib/web";
import { listMembers } from "@/lib/workspaces";
import { PARAM_FIELDS, RULE_PARAMS, ruleKindSchema } from "./kinds";
import { checkWebhookUrl } from "./webhook-address";

// Creating, switching and deleting rules. Every read and write names the workspace, so an id from
// another workspace finds nothing; the caller (lib/http) has checked the person may manage alerts.

export const ruleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a rule id");
/** A workspace keeps at most this many rules: each is evaluated after every import. */
export const MAX_RULES_PER_WORKSPACE = 50;
const RECIPIENT_FIELD = "notify:";

/**
 * The create form: connection, optional account, kind, optional webhook, then the kind's
 * parameters and one `notify:<userId>` checkbox per member, read once the kind is known.
 */
export const newRuleSchema = z
  .object({
    connectionId: connectionIdSchema,
    accountSid: z.union([z.literal(""), accountSidSchema]).transform((sid) => sid || null),
    kind: ruleKindSchema,
    webhookUrl: z
      .string()
      .trim()
      .max(2000)
      .transform((url) => url || null),
    webhookSecret: z
      .string()
      .max(200)
      .transform((secret) => secret || null),
  })
  .catchall(z.string().max(200));

export type NewRule = z.output<typeof newRuleSchema>;
export type Created = { ok: true; id: string } | { ok: false; error: string };

export async function createAlertRule(workspaceId: string, createdById: string, input: NewRule): Promise<Created> {
  // Only the kind's own fields: forms carry others (the framework's hidden ones among them).
  const fields = PARAM_FIELDS[input.kind].map((field) => [field.name, ownValue(input, field.name)]);
  const params = RULE_PARAMS[input.kind].safeParse(Object.fromEntries(fields));
  if (!params.success) return { ok: false, error: "Check the rule's figures: each must be within its bounds." };
  const connection = await getConnection(workspaceId, input.connectionId);
  if (!connection) return { ok: false, error: "That connection is not in this workspace." };
  if (input.accountSid && !connection.accounts.some((account) => account.sid === input.accountSid))
    return { ok: false, error: "That account is not one of the connection's." };
  const members = new Set((await listMembers(workspaceId)).map((member) => member.userId));
  const recipients = Object.keys(input)
    .filter((key) => key.startsWith(RECIPIENT_FIELD))
    .map((key) => key.slice(RECIPIENT_FIELD.length));
  if (recipients.some((id) => !members.has(id))) return { ok: false, error: "Mail goes only to members." };
  if (input.webhookUrl) {
    const problem = await checkWebhookUrl(input.webhookUrl);
    if (problem) return { ok: false, error: `The webhook URL ${problem}.` };
    if (!input.webhookSecret || input.webhookSecret.length < 16)
      return { ok: false, error: "A webhook needs a signing secret of at least 16 characters." };
  }
  if (recipients.length === 0 && !input.webhookUrl)
    return { ok: false, error: "Choose at least one member to mail, or a webhook." };
  if ((await getDb().alertRule.count({ where: { workspaceId } })) >= MAX_RULES_PER_WORKSPACE)
    return { ok: false, error: `A workspace holds at most ${MAX_RULES_PER_WORKSPACE} rules: delete some first.` };
  const rule = await getDb().alertRule.create({
    data: {
      workspaceId,
      connectionId: connection.id,
      accountSid: input.accountSid,
      kind: input.kind,
      params: params.data as Prisma.InputJsonValue,
      createdById,
      emailUserIds: recipients,
      webhookUrl: input.webhookUrl,
      webhookSecret: input.webhookUrl ? input.webhookSecret : null,
    },
    select: { id: true },
  });
  return { ok: true, id: rule.id };
}

/** Turns a rule of the workspace on or off; false when the workspace has no such rule. */
export async function setAlertRuleEnabled(workspaceId: string, ruleId: string, enabled: boolean): Promise<boolean> {
  const { count } = await getDb().alertRule.updateMany({ where: { id: ruleId, workspaceId }, data: { enabled } });
  return count === 1;
}

/** Deletes a rule of the workspace with its firings and deliveries; false when there is none. */
export async function deleteAlertRule(workspaceId: string, ruleId: string): Promise<boolean> {
  const { count } = await getDb().alertRule.deleteMany({ where: { id: ruleId, workspaceId } });
  return count === 1;
}

import "server-only";
import { z } from "zod";
import { connectionIdSchema, getConnection } from "@/lib/connections";
import { getDb, Prisma } from "@/lib/db";
import { accountSidSchema } from "@/lib/domain";
import { ownValue } from "@/lib/web";
import { listMembers } from "@/lib/workspaces";
import { NUMBER_KINDS, PARAM_FIELDS, RULE_PARAMS, ruleKindSchema, type RuleKind } from "./kinds";
import { numberReceivedCalls } from "./measure";
import { checkWebhookUrl } from "./webhook-address";

// Creating, changing, switching and deleting rules. Every read and write names the workspace, so an id from
// another workspace finds nothing; the caller (lib/http) has checked the person may manage alerts.

export const ruleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a rule id");
/** A workspace keeps at most this many rules: each is evaluated after every import. */
export const MAX_RULES_PER_WORKSPACE = 50;
const RECIPIENT_FIELD = "notify:";

/** A number in international form, as Twilio gives the number an inbound call reached. */
const ruleNumberSchema = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value.replace(/[\s().-]/g, ""))
  .pipe(z.union([z.literal(""), z.string().regex(/^\+[1-9]\d{5,14}$/, "is not a number like +14155550100")]))
  .transform((number) => number || null);

/** What the create and edit forms share: scope, webhook, then the kind's fields and `notify:<userId>` boxes. */
const ruleFields = {
  accountSid: z.union([z.literal(""), accountSidSchema]).transform((sid) => sid || null),
  /** Read by readRuleForm (ruleNumberSchema), so that a mistyped number gets its own message. */
  number: z.string().max(40).optional(),
  webhookUrl: z
    .string()
    .trim()
    .max(2000)
    .transform((url) => url || null),
  webhookSecret: z
    .string()
    .max(200)
    .transform((secret) => secret || null),
};

/** The create form: connection and kind, then what every rule's form holds (ruleFields). */
export const newRuleSchema = z
  .object({ connectionId: connectionIdSchema, kind: ruleKindSchema, ...ruleFields })
  .catchall(z.string().max(200));

/**
 * The edit form: the rule, then what every rule's form holds. Its connection and kind stay; an
 * empty webhook URL or secret keeps the stored one, unless `removeWebhook` is ticked.
 */
export const ruleChangesSchema = z
  .object({ ruleId: ruleIdSchema, removeWebhook: z.literal("on").optional(), ...ruleFields })
  .catchall(z.string().max(200));

export type NewRule = z.output<typeof newRuleSchema>;
export type RuleChanges = z.output<typeof ruleChangesSchema>;
export type Created = { ok: true; id: string } | { ok: false; error: string };
/** `missing`: the workspace has no such rule (gone, or never its own). */
export type Saved = { ok: true } | { ok: false; error: string; missing?: true };

type RuleForm = z.output<z.ZodObject<typeof ruleFields>> & Record<string, unknown>;
type Webhook = { url: string | null; secret: string | null };

/** A form's scope, figures and recipients checked against the workspace and the connection. */
async function readRuleForm(
  workspaceId: string,
  connectionId: string,
  kind: RuleKind,
  input: RuleForm,
  webhook: Webhook,
) {
  // Only the kind's own fields: forms carry others (the framework's hidden ones among them).
  const fields = PARAM_FIELDS[kind].map((field) => [field.name, ownValue(input, field.name)]);
  const params = RULE_PARAMS[kind].safeParse(Object.fromEntries(fields));
  if (!params.success) return { error: "Check the rule's figures: each must be within its bounds." };
  const connection = await getConnection(workspaceId, connectionId);
  if (!connection) return { error: "That connection is not in this workspace." };
  if (input.accountSid && !connection.accounts.some((account) => account.sid === input.accountSid))
    return { error: "That account is not one of the connection's." };
  const typed = ruleNumberSchema.safeParse(input.number ?? "");
  if (!typed.success) return { error: "Write the number in international form, like +14155550100." };
  const number = typed.data;
  if (number && !NUMBER_KINDS.includes(kind))
    return { error: "Only call rules watch one number: leave the number empty for this kind." };
  if (number && !(await numberReceivedCalls({ connectionId, accountSid: input.accountSid, number })))
    return { error: `No inbound call to ${number} has been imported for that connection and account.` };
  const members = new Set((await listMembers(workspaceId)).map((member) => member.userId));
  const recipients = Object.keys(input)
    .filter((key) => key.startsWith(RECIPIENT_FIELD))
    .map((key) => key.slice(RECIPIENT_FIELD.length));
  if (recipients.some((id) => !members.has(id))) return { error: "Mail goes only to members." };
  if (webhook.url) {
    const problem = await checkWebhookUrl(webhook.url);
    if (problem) return { error: `The webhook URL ${problem}.` };
    if (!webhook.secret || webhook.secret.length < 16)
      return { error: "A webhook needs a signing secret of at least 16 characters." };
  }
  if (recipients.length === 0 && !webhook.url) return { error: "Choose at least one member to mail, or a webhook." };
  return {
    rule: {
      accountSid: input.accountSid,
      number,
      params: params.data as Prisma.InputJsonValue,
      emailUserIds: recipients,
      webhookUrl: webhook.url,
      webhookSecret: webhook.url ? webhook.secret : null,
    },
  };
}

export async function createAlertRule(workspaceId: string, createdById: string, input: NewRule): Promise<Created> {
  const read = await readRuleForm(workspaceId, input.connectionId, input.kind, input, {
    url: input.webhookUrl,
    secret: input.webhookSecret,
  });
  if (!read.rule) return { ok: false, error: read.error };
  if ((await getDb().alertRule.count({ where: { workspaceId } })) >= MAX_RULES_PER_WORKSPACE)
    return { ok: false, error: `A workspace holds at most ${MAX_RULES_PER_WORKSPACE} rules: delete some first.` };
  const rule = await getDb().alertRule.create({
    data: { workspaceId, connectionId: input.connectionId, kind: input.kind, createdById, ...read.rule },
    select: { id: true },
  });
  return { ok: true, id: rule.id };
}

/**
 * Changes a rule's scope, figures and recipients. It applies from the next evaluation: a firing
 * the new figures clear is resolved then, with its notice; one they still fire goes on.
 */
export async function updateAlertRule(workspaceId: string, input: RuleChanges): Promise<Saved> {
  const stored = await getDb().alertRule.findFirst({
    where: { id: input.ruleId, workspaceId },
    select: { connectionId: true, kind: true, webhookUrl: true, webhookSecret: true },
  });
  const kind = ruleKindSchema.safeParse(stored?.kind);
  if (!stored || !kind.success) return { ok: false, error: "That rule is no longer here.", missing: true };
  const webhook: Webhook = input.removeWebhook
    ? { url: null, secret: null }
    : { url: input.webhookUrl ?? stored.webhookUrl, secret: input.webhookSecret ?? stored.webhookSecret };
  const read = await readRuleForm(workspaceId, stored.connectionId, kind.data, input, webhook);
  if (!read.rule) return { ok: false, error: read.error };
  const { count } = await getDb().alertRule.updateMany({
    where: { id: input.ruleId, workspaceId },
    data: read.rule,
  });
  return count === 1 ? { ok: true } : { ok: false, error: "That rule is no longer here.", missing: true };
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

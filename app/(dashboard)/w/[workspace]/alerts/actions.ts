"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { RuleFormState } from "@/components/alerts/rule-form";
import {
  createAlertRule,
  deleteAlertRule,
  newRuleSchema,
  ruleChangesSchema,
  ruleIdSchema,
  setAlertRuleEnabled,
  updateAlertRule,
} from "@/lib/alerts";
import { digestSettingsSchema, saveDigestSettings } from "@/lib/digests";
import { workspaceAction } from "@/lib/http";
import { consumeLimit } from "@/lib/limits";
import { workspacePath } from "@/lib/workspaces";

const alertsPage = (workspaceId: string, notice: string) => `${workspacePath(workspaceId, "/alerts")}?notice=${notice}`;

const create = workspaceAction(
  "manageAlerts",
  newRuleSchema,
  async ({ user, access, input }): Promise<RuleFormState> => {
    if (!input) return { error: "Choose a connection and a kind of rule, and fill in its figures." };
    const limit = await consumeLimit("alertRules", user.id);
    if (!limit.allowed) return { error: "Many changes to alert rules just now. Try again in a while." };
    const created = await createAlertRule(access.id, user.id, input);
    if (!created.ok) return { error: created.error };
    revalidatePath(workspacePath(access.id, "/alerts"));
    redirect(alertsPage(access.id, "created"));
  },
);

/** The new-rule form's action (useActionState hands it the previous state first). */
export async function createAlertRuleAction(_previous: RuleFormState, formData: FormData): Promise<RuleFormState> {
  return create(formData);
}

const update = workspaceAction(
  "manageAlerts",
  ruleChangesSchema,
  async ({ user, access, input }): Promise<RuleFormState> => {
    if (!input) return { error: "Fill in the rule's figures." };
    if (!(await consumeLimit("alertRules", user.id)).allowed)
      return { error: "Many changes to alert rules just now. Try again in a while." };
    const saved = await updateAlertRule(access.id, input);
    if (!saved.ok && saved.missing) redirect(alertsPage(access.id, "not-found"));
    if (!saved.ok) return { error: saved.error };
    revalidatePath(workspacePath(access.id, "/alerts"));
    redirect(alertsPage(access.id, "saved"));
  },
);

/** The edit form's action. */
export async function updateAlertRuleAction(_previous: RuleFormState, formData: FormData): Promise<RuleFormState> {
  return update(formData);
}

export const setAlertRuleEnabledAction = workspaceAction(
  "manageAlerts",
  z.object({ ruleId: ruleIdSchema, enabled: z.enum(["true", "false"]) }),
  async ({ user, access, input }) => {
    if (!input) redirect(alertsPage(access.id, "not-found"));
    if (!(await consumeLimit("alertRules", user.id)).allowed) redirect(alertsPage(access.id, "too-many"));
    const enabled = input.enabled === "true";
    const done = await setAlertRuleEnabled(access.id, input.ruleId, enabled);
    revalidatePath(workspacePath(access.id, "/alerts"));
    redirect(alertsPage(access.id, done ? (enabled ? "enabled" : "disabled") : "not-found"));
  },
);

export const deleteAlertRuleAction = workspaceAction(
  "manageAlerts",
  z.object({ ruleId: ruleIdSchema }),
  async ({ user, access, input }) => {
    if (!input) redirect(alertsPage(access.id, "not-found"));
    if (!(await consumeLimit("alertRules", user.id)).allowed) redirect(alertsPage(access.id, "too-many"));
    const done = await deleteAlertRule(access.id, input.ruleId);
    revalidatePath(workspacePath(access.id, "/alerts"));
    redirect(alertsPage(access.id, done ? "deleted" : "not-found"));
  },
);

/** Each member's own digest of the workspace: every member may opt in or out, for themselves only. */
export const saveDigestSettingsAction = workspaceAction(
  "view",
  digestSettingsSchema,
  async ({ user, access, input }) => {
    if (!input) redirect(alertsPage(access.id, "digest-invalid"));
    if (!(await consumeLimit("digestSettings", user.id)).allowed) redirect(alertsPage(access.id, "too-many"));
    await saveDigestSettings(user.id, access.id, input);
    revalidatePath(workspacePath(access.id, "/alerts"));
    redirect(alertsPage(access.id, input.enabled === "on" ? "digest-on" : "digest-off"));
  },
);

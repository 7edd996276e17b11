"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { connectionIdSchema, getConnection } from "@/lib/connections";
import { workspaceAction } from "@/lib/http";
import { consumeLimit } from "@/lib/limits";
import { recheckMismatchedDays } from "@/lib/sync";
import { workspacePath } from "@/lib/workspaces";
import type { RecheckState } from "@/components/dashboard/recheck-button";

const recheck = workspaceAction(
  "import",
  z.object({ connection: connectionIdSchema }),
  async ({ user, access, input }): Promise<RecheckState> => {
    const connection = input && (await getConnection(access.id, input.connection));
    if (!connection) return { message: "This connection is not in the workspace.", tone: "error" };
    const limit = await consumeLimit("recheck", user.id);
    if (!limit.allowed)
      return { message: "Check again was used many times just now. Try again in a while.", tone: "error" };
    const outcome = await recheckMismatchedDays(connection.id);
    revalidatePath(workspacePath(access.id, "/dashboard/spend"));
    switch (outcome.status) {
      case "done":
        return outcome.mismatched === 0
          ? { message: "Checked again: every flagged day now agrees with Twilio's usage.", tone: "success" }
          : { message: `Checked again: ${outcome.mismatched} account-days still differ.`, tone: "warning" };
      case "skipped":
        return outcome.reason === "already-running"
          ? { message: "An import is running for these accounts: check again once it ends.", tone: "warning" }
          : { message: "Reconnect this Twilio account before checking again.", tone: "error" };
      case "revoked":
        return { message: "The Twilio account revoked access: reconnect it first.", tone: "error" };
      case "failed":
        return { message: `Twilio answered with an error: ${outcome.error}`, tone: "error" };
    }
  },
);

/** The button's action (useActionState hands it the previous state first). */
export async function recheckAction(_previous: RecheckState, formData: FormData): Promise<RecheckState> {
  return recheck(formData);
}

import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth";
import { parseParams } from "@/lib/web";
import { workspaceIdSchema, workspacePath, type Permission } from "@/lib/workspaces";
import { accessWorkspace, type WorkspaceAccess } from "./access";

const workspaceField = z.object({ workspace: workspaceIdSchema });

type ActionContext<Input> = { user: CurrentUser; access: WorkspaceAccess; input: Input | null };

/**
 * Every server action inside a workspace: its form names the workspace (`workspace`), and the
 * person must be a member allowed `permission`, read fresh on this request; otherwise the answer
 * is the not-found page, whatever the form says. The rest of the form is read through `schema`
 * with one value per field; `input` is null when it is invalid, and the handler answers that
 * visibly. Cross-origin posts never get here (proxy.ts).
 */
export function workspaceAction<Schema extends z.ZodType, Result>(
  permission: Permission,
  schema: Schema,
  handler: (context: ActionContext<z.output<Schema>>) => Promise<Result>,
): (formData: FormData) => Promise<Result> {
  return async (formData) => {
    const named = parseParams(workspaceField, formData);
    const user = await requireUser(named.success ? workspacePath(named.data.workspace, "/dashboard") : "/dashboard");
    const access = named.success ? await accessWorkspace(user, named.data.workspace) : null;
    if (!access?.permissions[permission]) notFound();
    const parsed = parseParams(schema, formData);
    return handler({ user, access, input: parsed.success ? parsed.data : null });
  };
}

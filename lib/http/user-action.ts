import "server-only";
import type { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth";
import { parseParams } from "@/lib/web";

type ActionContext<Input> = { user: CurrentUser; input: Input | null };

/**
 * Every server action: signed in (else to sign-in, coming back to `returnTo`), its form read
 * through `schema` with one value per field; `input` is null when the form is invalid, and the
 * handler answers that visibly. Cross-origin posts never get here: proxy.ts answers them 403
 * (Next.js itself would refuse them with a 500).
 */
export function userAction<Schema extends z.ZodType>(
  returnTo: string,
  schema: Schema,
  handler: (context: ActionContext<z.output<Schema>>) => Promise<void>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const user = await requireUser(returnTo);
    const parsed = parseParams(schema, formData);
    await handler({ user, input: parsed.success ? parsed.data : null });
  };
}

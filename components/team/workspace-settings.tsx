import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";

type Action = (formData: FormData) => Promise<void>;

/** Owners only: rename the workspace, or delete it (typing its name confirms). */
export function WorkspaceSettings({
  workspaceId,
  name,
  rename,
  remove,
}: {
  workspaceId: string;
  name: string;
  rename: Action;
  remove: Action;
}) {
  return (
    <Card className="space-y-6">
      <h2 className="text-base font-semibold">Workspace</h2>
      <form action={rename} className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <input type="hidden" name="workspace" value={workspaceId} />
        <Field label="Name" name="name" defaultValue={name} maxLength={60} required />
        <button type="submit" className={buttonClass("secondary")}>
          Rename
        </button>
      </form>
      <form action={remove} className="space-y-3 rounded-lg border border-red-200 p-4 dark:border-red-900">
        <input type="hidden" name="workspace" value={workspaceId} />
        <p className="text-sm">
          Deleting the workspace disconnects its Twilio accounts and deletes everything imported through them, for every
          member. It cannot be undone.
        </p>
        <Field label={`Type “${name}” to confirm`} name="confirm" autoComplete="off" required />
        <button type="submit" className={buttonClass("danger")}>
          Delete workspace
        </button>
      </form>
    </Card>
  );
}

import { buttonClass } from "@/components/ui/button-styles";
import type { PendingInvitation } from "@/lib/workspaces";

type Props = {
  workspaceId: string;
  invitations: PendingInvitation[];
  formatDate: (date: Date) => string;
  revoke: (formData: FormData) => Promise<void>;
};

/** Invitations not yet accepted, each with a Revoke that kills its link. */
export function PendingInvitations({ workspaceId, invitations, formatDate, revoke }: Props) {
  if (invitations.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">No pending invitations.</p>;
  return (
    <section aria-labelledby="pending-invitations" className="space-y-2">
      <h3 id="pending-invitations" className="text-sm font-medium">
        Pending invitations
      </h3>
      <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {invitations.map((invitation) => (
          <li
            key={invitation.id}
            className="flex flex-wrap items-center justify-between gap-2 py-2"
            data-testid="pending-invitation"
          >
            <span>
              <span className="font-medium">{invitation.email}</span>{" "}
              <span className="text-slate-500 dark:text-slate-400">
                as {invitation.role}, expires {formatDate(invitation.expiresAt)} UTC
              </span>
            </span>
            <form action={revoke}>
              <input type="hidden" name="workspace" value={workspaceId} />
              <input type="hidden" name="invitationId" value={invitation.id} />
              <button type="submit" className={buttonClass("ghost", "px-2 py-1")}>
                Revoke<span className="sr-only"> the invitation of {invitation.email}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { buttonClass } from "@/components/ui/button-styles";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Member } from "@/lib/workspaces";

type Action = (formData: FormData) => Promise<void>;

type Props = {
  workspaceId: string;
  members: Member[];
  currentUserId: string;
  /** Whether the viewer may change roles and remove members (owners). */
  manage: boolean;
  roles: { value: string; label: string }[];
  formatDate: (date: Date) => string;
  actions: { changeRole: Action; remove: Action; leave: Action };
};

const selectClass = "rounded-lg border border-control bg-white px-2 py-1.5 text-sm dark:bg-slate-950";

/** The members with their roles; owners get the controls to change a role or remove someone, everyone can leave. */
export function MemberList({ workspaceId, members, currentUserId, manage, roles, formatDate, actions }: Props) {
  const labelOf = (role: string) => roles.find((r) => r.value === role)?.label ?? role;
  return (
    <ScrollRegion label="Members">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-500 uppercase dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Name
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Role
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Joined (UTC)
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {members.map((member) => {
            const self = member.userId === currentUserId;
            return (
              <tr key={member.userId} data-testid="member-row">
                <td className="py-2 pr-4">
                  <span className="font-medium">{member.name}</span>
                  {self ? <span className="text-slate-500 dark:text-slate-400"> (you)</span> : null}
                  {member.email && member.email !== member.name ? (
                    <span className="block text-xs text-slate-500 dark:text-slate-400">{member.email}</span>
                  ) : null}
                </td>
                <td className="py-2 pr-4">
                  {manage ? (
                    <form action={actions.changeRole} className="flex items-center gap-2">
                      <input type="hidden" name="workspace" value={workspaceId} />
                      <input type="hidden" name="userId" value={member.userId} />
                      <select
                        name="role"
                        defaultValue={member.role}
                        aria-label={`Role of ${member.name}`}
                        className={selectClass}
                      >
                        {roles.map((role) => (
                          <option key={role.value} value={role.value}>
                            {role.label}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className={buttonClass("ghost", "px-2 py-1")}>
                        Save<span className="sr-only"> role of {member.name}</span>
                      </button>
                    </form>
                  ) : (
                    labelOf(member.role)
                  )}
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">{formatDate(member.joinedAt)}</td>
                <td className="py-2 text-right">
                  {self ? (
                    <form action={actions.leave}>
                      <input type="hidden" name="workspace" value={workspaceId} />
                      <button type="submit" className={buttonClass("ghost", "px-2 py-1")}>
                        Leave workspace
                      </button>
                    </form>
                  ) : manage ? (
                    <form action={actions.remove}>
                      <input type="hidden" name="workspace" value={workspaceId} />
                      <input type="hidden" name="userId" value={member.userId} />
                      <button
                        type="submit"
                        className={buttonClass("ghost", "px-2 py-1 text-red-700 dark:text-red-400")}
                      >
                        Remove<span className="sr-only"> {member.name}</span>
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

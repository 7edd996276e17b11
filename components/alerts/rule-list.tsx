import Link from "next/link";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-styles";
import type { AlertRuleView } from "@/lib/alerts";
import { workspacePath } from "@/lib/workspaces";
import { FiringHistory } from "./firing-history";

type Props = {
  workspaceId: string;
  rules: AlertRuleView[];
  manage: boolean;
  formatDate: (date: Date) => string;
  actions: { setEnabled: (formData: FormData) => Promise<void>; remove: (formData: FormData) => Promise<void> };
};

function stateText(rule: AlertRuleView, formatDate: (date: Date) => string): string {
  if (!rule.enabled) return "Off";
  return `${rule.state === "firing" ? "Firing" : "OK"} since ${formatDate(rule.stateSince)} UTC`;
}

/** Each rule with its state, where it sends, its controls (for those who manage alerts) and its history. */
export function RuleList({ workspaceId, rules, manage, formatDate, actions }: Props) {
  if (rules.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No alert rules yet.</p>;
  return (
    <ul className="space-y-4">
      {rules.map((rule) => (
        <li key={rule.id} data-testid="alert-rule">
          <Card className="space-y-3">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h3 className="text-base font-semibold">{rule.label}</h3>
                <p className="text-sm">{rule.description}</p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {rule.connection}
                  {rule.accountSid ? `, account ${rule.accountSid}` : ", all accounts"}
                  {rule.number ? `, inbound calls to ${rule.number}` : ""}. Mails {rule.emailUserIds.length} member
                  {rule.emailUserIds.length === 1 ? "" : "s"}
                  {rule.webhook ? `; webhook to ${rule.webhook}` : ""}.
                </p>
              </div>
              <div className="text-right text-sm">
                <p className="font-medium" data-testid="alert-state">
                  {stateText(rule, formatDate)}
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {rule.lastEvaluatedAt
                    ? `Last checked ${formatDate(rule.lastEvaluatedAt)} UTC`
                    : "Checked after the next import"}
                </p>
              </div>
            </div>
            {manage ? (
              <div className="flex flex-wrap gap-2">
                {rule.params ? (
                  <Link
                    href={`${workspacePath(workspaceId, "/alerts")}?edit=${rule.id}`}
                    className={buttonClass("secondary", "px-3 py-1")}
                  >
                    Edit<span className="sr-only"> {rule.label}</span>
                  </Link>
                ) : null}
                <form action={actions.setEnabled}>
                  <input type="hidden" name="workspace" value={workspaceId} />
                  <input type="hidden" name="ruleId" value={rule.id} />
                  <input type="hidden" name="enabled" value={rule.enabled ? "false" : "true"} />
                  <button type="submit" className={buttonClass("secondary", "px-3 py-1")}>
                    {rule.enabled ? "Turn off" : "Turn on"}
                    <span className="sr-only"> {rule.label}</span>
                  </button>
                </form>
                <form action={actions.remove}>
                  <input type="hidden" name="workspace" value={workspaceId} />
                  <input type="hidden" name="ruleId" value={rule.id} />
                  <button type="submit" className={buttonClass("ghost", "px-3 py-1")}>
                    Delete<span className="sr-only"> {rule.label} and its history</span>
                  </button>
                </form>
              </div>
            ) : null}
            <section className="space-y-2" aria-label={`History of ${rule.label}`}>
              <h4 className="text-sm font-medium">Firings</h4>
              <FiringHistory firings={rule.firings} formatDate={formatDate} />
            </section>
          </Card>
        </li>
      ))}
    </ul>
  );
}

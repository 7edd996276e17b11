import type { CurrencyAmount } from "@/lib/analytics";
import { formatsFor } from "@/lib/format";
import type { ConnectionDigest } from "./figures";
import type { DigestDays, DigestKind } from "./periods";

// The digest as plain text, like the alert mails: figures with their change, then firings, then links.
const f = formatsFor("en-US");

/** "+12.5%" against the period before; nothing when there was nothing to compare with. */
function change(current: number, previous: number): string {
  return previous > 0 ? ` (${f.formatSigned((current - previous) / previous, "percent")})` : "";
}

/** A rate's change in percentage points, which reads better than a change of a percentage. */
function rate(current: number | null, previous: number | null): string {
  if (current === null) return "—";
  const points = previous === null ? "" : ` (${f.formatSigned(Math.round((current - previous) * 1000) / 10)} pts)`;
  return `${f.formatPercent(current)}${points}`;
}

function money(current: CurrencyAmount[], previous: CurrencyAmount[]): string {
  if (current.length === 0) return "—";
  return current
    .map(({ currency, amount }) => {
      const before = previous.find((p) => p.currency === currency)?.amount ?? 0;
      return `${f.formatCurrency(amount, currency)}${change(amount, before)}`;
    })
    .join(", ");
}

function section(digest: ConnectionDigest, origin: string, timeZone: string): string[] {
  const { current: now, previous: before } = digest.calls;
  const lines = [
    `== ${digest.label} ==`,
    `Calls: ${f.formatNumber(now.calls)}${change(now.calls, before.calls)}`,
    `Answer rate: ${rate(now.answerRate, before.answerRate)}`,
    `Failed: ${f.formatNumber(now.failed)}${change(now.failed, before.failed)}`,
    `Minutes: ${f.formatDuration(now.durationSeconds)}${change(now.durationSeconds, before.durationSeconds)}`,
    `Cost: ${money(now.cost, before.cost)}`,
  ];
  if (digest.messages) {
    const { current: m, previous: mb } = digest.messages;
    lines.push(`Messages: ${f.formatNumber(m.messages)}${change(m.messages, mb.messages)}`);
    lines.push(`Delivery rate: ${rate(m.deliveryRate, mb.deliveryRate)}`);
  }
  if (digest.spend) {
    const { current: s, previous: sb, previousInHistory } = digest.spend;
    const spendChange = previousInHistory ? change(s.amount, sb.amount) : "";
    lines.push(`Spend: ${f.formatCurrency(s.amount, s.currency)}${spendChange}`);
  }
  lines.push(digest.firings.length === 0 ? "Alerts: none fired." : "Alerts:");
  for (const firing of digest.firings) {
    const at = (date: Date) => f.formatDateTime(date, timeZone);
    const cleared = firing.resolvedAt ? `, cleared ${at(firing.resolvedAt)}` : ", still firing";
    lines.push(`- ${firing.ruleDescription} Fired ${at(firing.startedAt)}${cleared}.`);
  }
  lines.push(`Dashboard: ${origin}${digest.dashboardPath}`, "");
  return lines;
}

/** Subject and text of one digest; the figures are the dashboard's, the changes against the period before. */
export function digestMail(input: {
  workspaceName: string;
  kind: DigestKind;
  days: DigestDays;
  timeZone: string;
  sections: ConnectionDigest[];
  origin: string;
  unsubscribeUrl: string;
}): { subject: string; text: string } {
  const span = input.days.from === input.days.to ? input.days.from : `${input.days.from} to ${input.days.to}`;
  const title = `${input.kind === "weekly" ? "Weekly" : "Daily"} digest for ${input.workspaceName}: ${span}`;
  const body = input.sections.flatMap((digest) => section(digest, input.origin, input.timeZone));
  return {
    subject: title,
    text: [
      `${title} (${input.timeZone}). Changes are against the ${input.kind === "weekly" ? "week" : "day"} before.`,
      "",
      ...(body.length > 0 ? body : ["No connections in this workspace yet.", ""]),
      `Stop these mails: ${input.unsubscribeUrl}`,
    ].join("\n"),
  };
}

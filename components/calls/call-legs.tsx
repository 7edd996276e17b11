import Link from "next/link";
import type { CallDetailRow } from "@/lib/analytics";
import { answeredByLabel, directionLabel, statusLabel } from "@/lib/domain";
import { viewerFormats } from "@/lib/viewer";

type LegProps = { call: CallDetailRow; timeZone: string };

/** Every field of one call leg as a description list. */
export async function CallFacts({ call, timeZone }: LegProps) {
  const { formatCallDuration, formatCost, formatInstant } = await viewerFormats();
  const facts: [string, string][] = [
    ["Status", statusLabel(call.status)],
    ["Direction", directionLabel(call.direction)],
    ["From", `${call.from}${call.callerName ? ` (${call.callerName})` : ""}`],
    ["To", call.to],
    ["Started", formatInstant(call.startTime, timeZone)],
    ["Ended", formatInstant(call.endTime, timeZone)],
    ["Duration", formatCallDuration(call.duration)],
    ["Cost", formatCost(call.price, call.priceUnit)],
    ["Answered by", call.answeredBy ? answeredByLabel(call.answeredBy) : "—"],
    ["Queue time", call.queueTime === null ? "—" : `${call.queueTime} ms`],
    ["Forwarded from", call.forwardedFrom ?? "—"],
    ["Account", call.accountSid],
    ["Call SID", call.sid],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {facts.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className="truncate font-medium tabular-nums" title={value}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A related leg in one line, linking to its own detail page. */
export async function LegLink({ call, timeZone, href }: LegProps & { href: string }) {
  const { formatCallDuration, formatInstant } = await viewerFormats();
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 py-2 text-sm">
      <Link href={href} className="font-medium text-link wrap-anywhere hover:underline">
        {call.sid}
      </Link>
      <span className="tabular-nums">
        {call.from} → {call.to}
      </span>
      <span>{directionLabel(call.direction)}</span>
      <span>{statusLabel(call.status)}</span>
      <span className="tabular-nums">{formatCallDuration(call.duration)}</span>
      <span className="text-slate-500 dark:text-slate-400">{formatInstant(call.startTime, timeZone)}</span>
    </li>
  );
}

import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AlertRuleView } from "@/lib/alerts";

type Props = { firings: AlertRuleView["firings"]; formatDate: (date: Date) => string };

const th = "py-2 pr-4 font-medium";

/** A rule's recent firings with their figures and link, each with its last deliveries and what the receivers answered. */
export function FiringHistory({ firings, formatDate }: Props) {
  if (firings.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">It has not fired yet.</p>;
  return (
    <ul className="space-y-3">
      {firings.map((firing) => (
        <li key={firing.id} className="space-y-1 text-sm" data-testid="alert-firing">
          <p>
            <span className="font-medium">
              {formatDate(firing.startedAt)} – {firing.resolvedAt ? formatDate(firing.resolvedAt) : "still firing"}
            </span>{" "}
            UTC. {firing.figures?.summary ?? "Its figures no longer read."}
          </p>
          {firing.resolvedAt && firing.latest ? (
            <p className="text-slate-600 dark:text-slate-400">Cleared: {firing.latest.summary}</p>
          ) : null}
          {firing.dashboardPath ? (
            // A link of its own line, not inside a sentence: at least 24 px tall (WCAG 2.5.8).
            <Link href={firing.dashboardPath} className="inline-flex min-h-6 items-center text-link underline">
              Open the dashboard for these hours
            </Link>
          ) : null}
          <details>
            <summary className="cursor-pointer">Deliveries ({firing.deliveries.length})</summary>
            <ScrollRegion label="Deliveries of this firing">
              <table className="w-full text-left text-sm">
                <thead className="text-xs text-slate-500 uppercase dark:text-slate-400">
                  <tr>
                    <th scope="col" className={th}>
                      Notice
                    </th>
                    <th scope="col" className={th}>
                      To
                    </th>
                    <th scope="col" className={th}>
                      Status
                    </th>
                    <th scope="col" className={th}>
                      Attempts
                    </th>
                    <th scope="col" className={th}>
                      Answer
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {firing.deliveries.map((delivery) => (
                    <tr key={delivery.id} className="border-t border-slate-100 align-top dark:border-slate-800">
                      <td className="py-2 pr-4">{delivery.event}</td>
                      <td className="py-2 pr-4 wrap-anywhere">
                        {delivery.channel}: {delivery.target}
                      </td>
                      <td className="py-2 pr-4">
                        {delivery.status}
                        {delivery.status === "pending" && delivery.nextAttemptAt
                          ? `, next try ${formatDate(delivery.nextAttemptAt)}`
                          : ""}
                      </td>
                      <td className="py-2 pr-4">{delivery.attempts}</td>
                      <td className="py-2 pr-4 wrap-anywhere">
                        {delivery.responseStatus ? `HTTP ${delivery.responseStatus}: ` : ""}
                        {delivery.responseBody ?? "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        </li>
      ))}
    </ul>
  );
}

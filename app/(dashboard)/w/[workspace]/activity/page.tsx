import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { auditCursorSchema, listAuditEvents } from "@/lib/audit";
import type { SearchParamsRecord } from "@/lib/filters";
import { requireWorkspace } from "@/lib/http";
import { viewerFormats } from "@/lib/viewer";
import { readPageParams } from "@/lib/web";
import { workspacePath } from "@/lib/workspaces";

export const metadata: Metadata = { title: "Activity" };

// A cursor that is not an event of this workspace starts from the newest.
const pageParams = z.object({ before: auditCursorSchema.optional().catch(undefined) });

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<SearchParamsRecord> };

/** The audit trail, for owners and admins: who connected, disconnected, exported, invited, changed roles, and when. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { access } = await requireWorkspace((await params).workspace, "/activity", "viewAudit");
  const { before } = readPageParams(pageParams, await searchParams).data;
  const [{ events, nextCursor }, formats] = [await listAuditEvents(access.id, before), await viewerFormats()];
  const page = workspacePath(access.id, "/activity");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Activity</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          What members of {access.name} did, newest first. Times in UTC.
        </p>
      </div>
      <Card>
        {events.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">Nothing has happened here yet.</p>
        ) : (
          <ScrollRegion label="Audit trail">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500 uppercase dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    When
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Who
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    What
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {events.map((event) => (
                  <tr key={event.id} data-testid="audit-event" data-action={event.action}>
                    <td className="py-2 pr-4 whitespace-nowrap tabular-nums">
                      {formats.formatDateTime(event.createdAt, "UTC")}
                    </td>
                    <td className="py-2 pr-4">{event.actorLabel}</td>
                    <td className="py-2">
                      {event.verb} <span className="font-medium wrap-anywhere">{event.subject}</span>
                      {event.detail ? (
                        <span className="text-slate-500 dark:text-slate-400"> ({event.detail})</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
      <nav aria-label="Pages" className="flex justify-end gap-2">
        {before ? (
          <Link href={page} className={buttonClass("secondary")}>
            Newest
          </Link>
        ) : null}
        {nextCursor ? (
          <Link href={`${page}?before=${nextCursor}`} rel="next" className={buttonClass("secondary")}>
            Older →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CallFacts, LegLink } from "@/components/calls/call-legs";
import { Card } from "@/components/ui/card";
import { getCallDetail } from "@/lib/analytics";
import { dashboardHref, loadDashboardContext } from "@/lib/dashboard";
import { isCallSid } from "@/lib/domain";
import { requireWorkspace } from "@/lib/http";
import { workspacePath } from "@/lib/workspaces";

type Props = {
  params: Promise<{ workspace: string; sid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Each call page names its call, so tabs and history entries tell calls apart. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { sid } = await params;
  return { title: isCallSid(sid) ? `Call ${sid}` : "Call not found" };
}

export default async function CallDetailPage({ params, searchParams }: Props) {
  const { workspace, sid } = await params;
  const { access } = await requireWorkspace(workspace, `/calls/${sid}`);
  const context = await loadDashboardContext(access.id, await searchParams);
  // The call is looked up only inside a connection of this workspace: another's SID is a 404.
  const detail = context && isCallSid(sid) ? await getCallDetail(context.connection.id, sid) : null;
  if (!context || !detail) notFound();

  const timeZone = context.filters.tz;
  const keep = new URLSearchParams(timeZone === "UTC" ? {} : { tz: timeZone });
  const inWorkspace = (page: string) => workspacePath(access.id, page);
  const legHref = (legSid: string) => dashboardHref(inWorkspace(`/calls/${legSid}`), context.connection.id, keep);

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={dashboardHref(inWorkspace("/calls"), context.connection.id, keep)}
          className="text-sm text-slate-600 hover:underline dark:text-slate-400"
        >
          ← Call log
        </Link>
        {/* A SID is one 34-character word: on a phone it breaks rather than widening the page. */}
        <h1 className="mt-1 text-2xl font-semibold wrap-anywhere">Call {detail.call.sid}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Times in {timeZone}</p>
      </div>
      <Card>
        <CallFacts call={detail.call} timeZone={timeZone} />
      </Card>
      <Card className="space-y-2">
        <h2 className="text-base font-semibold">Related legs</h2>
        {detail.parent ? (
          <section aria-labelledby="parent-leg">
            <h3 id="parent-leg" className="text-sm font-medium text-slate-600 dark:text-slate-400">
              Parent call (this leg was created by it)
            </h3>
            <ul>
              <LegLink call={detail.parent} timeZone={timeZone} href={legHref(detail.parent.sid)} />
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="child-legs">
          <h3 id="child-legs" className="text-sm font-medium text-slate-600 dark:text-slate-400">
            Child legs ({detail.children.length})
          </h3>
          {detail.children.length > 0 ? (
            <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="child-legs">
              {detail.children.map((child) => (
                <LegLink key={child.sid} call={child} timeZone={timeZone} href={legHref(child.sid)} />
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500 dark:text-slate-400">This call placed no further calls.</p>
          )}
        </section>
      </Card>
    </div>
  );
}

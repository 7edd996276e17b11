import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageError, MessageFacts, MessageHistory } from "@/components/messages/message-facts";
import { Card } from "@/components/ui/card";
import { getMessageDetail } from "@/lib/analytics";
import { dashboardHref, loadMessageDashboardContext } from "@/lib/dashboard";
import { messageSidSchema } from "@/lib/domain";
import { requireWorkspace } from "@/lib/http";
import { workspacePath } from "@/lib/workspaces";

type Props = {
  params: Promise<{ workspace: string; sid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Each message page names its message, so tabs and history entries tell messages apart. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { sid } = await params;
  return { title: messageSidSchema.safeParse(sid).success ? `Message ${sid}` : "Message not found" };
}

export default async function MessageDetailPage({ params, searchParams }: Props) {
  const { workspace, sid: rawSid } = await params;
  const sid = messageSidSchema.safeParse(rawSid);
  const { access } = await requireWorkspace(workspace, sid.success ? `/messages/${sid.data}` : "/messages");
  const context = await loadMessageDashboardContext(access.id, await searchParams);
  // Looked up only in the workspace's own connections: another workspace's SID is a 404.
  const message =
    context && sid.success
      ? await getMessageDetail(
          context.connections.map((c) => c.id),
          sid.data,
        )
      : null;
  if (!context || !message) notFound();

  const timeZone = context.filters.tz;
  const keep = new URLSearchParams(timeZone === "UTC" ? {} : { tz: timeZone });

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={dashboardHref(workspacePath(access.id, "/messages"), message.connectionId, keep)}
          className="text-sm text-slate-600 hover:underline dark:text-slate-400"
        >
          ← Message log
        </Link>
        {/* A SID is one 34-character word: on a phone it breaks rather than widening the page. */}
        <h1 className="mt-1 text-2xl font-semibold wrap-anywhere">Message {message.sid}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Times in {timeZone}</p>
      </div>
      <Card>
        <MessageFacts message={message} />
      </Card>
      <Card>
        <MessageHistory message={message} timeZone={timeZone} />
      </Card>
      {message.errorCode === null ? null : (
        <Card>
          <MessageError code={message.errorCode} />
        </Card>
      )}
    </div>
  );
}

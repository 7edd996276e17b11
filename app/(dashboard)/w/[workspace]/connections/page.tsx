import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ConnectionCard } from "@/components/connections/connection-card";
import { DisconnectButton } from "@/components/connections/disconnect-button";
import { ConnectButton } from "@/components/twilio/connect-button";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { connectErrorMessage, listConnections } from "@/lib/connections";
import type { SearchParamsRecord } from "@/lib/filters";
import { requireWorkspace } from "@/lib/http";
import { noticeParam, readPageParams } from "@/lib/web";
import { connectHref } from "@/lib/workspaces";
import { disconnectAction } from "./actions";

export const metadata: Metadata = { title: "Connections" };

const NOTICES = {
  disconnected: "Disconnected. The data imported from that account was deleted.",
  "not-found": "That connection no longer exists.",
} as const;

// Set by our own redirects; anything else in the URL shows no message at all.
const pageParams = z.object({
  error: z.string().optional().catch(undefined),
  notice: noticeParam(NOTICES),
});

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<SearchParamsRecord> };

export default async function ConnectionsPage({ params: path, searchParams }: Props) {
  const { access } = await requireWorkspace((await path).workspace, "/connections");
  const params = readPageParams(pageParams, await searchParams).data;
  const [connections, error] = [await listConnections(access.id), connectErrorMessage(params.error)];
  const { connect, disconnect } = access.permissions;
  const notice = params.notice && NOTICES[params.notice];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Connections</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Twilio accounts this app reads for the members of {access.name}.
          </p>
        </div>
        {connect ? (
          <ConnectButton
            href={connectHref(access.id)}
            label={connections.length ? "Connect another account" : "Connect with Twilio"}
          />
        ) : null}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {connections.length === 0 ? (
        <Card className="space-y-2 text-center">
          <h2 className="font-medium">No Twilio account connected yet</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {connect
              ? "Connect grants read-only access. You can revoke it from Twilio at any time."
              : "An owner or admin of this workspace can connect one."}
          </p>
        </Card>
      ) : (
        connections.map((connection) => (
          <ConnectionCard
            key={connection.id}
            connection={connection}
            actions={
              <>
                {connect && connection.status !== "active" ? (
                  <a href={connectHref(access.id)} className={buttonClass("primary")}>
                    Reconnect
                  </a>
                ) : null}
                {disconnect ? (
                  <DisconnectButton
                    workspaceId={access.id}
                    connectionId={connection.id}
                    name={connection.friendlyName ?? "this account"}
                    action={disconnectAction}
                  />
                ) : null}
              </>
            }
          />
        ))
      )}
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Operators:{" "}
        <Link href="/connections/button" className="underline">
          get the Connect button&apos;s HTML
        </Link>{" "}
        to embed it elsewhere.
      </p>
    </div>
  );
}

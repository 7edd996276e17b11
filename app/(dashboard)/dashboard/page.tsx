import type { Metadata } from "next";
import Link from "next/link";
import { ConnectionStatusBadge } from "@/components/connections/status-badge";
import { ConnectButton } from "@/components/twilio/connect-button";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { listConnections } from "@/lib/connections";

export const metadata: Metadata = { title: "Overview" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  const params = await searchParams;
  const connections = await listConnections(user.id);
  const justConnected = connections.find((c) => c.id === params.connection);

  if (connections.length === 0) {
    return (
      <Card className="mx-auto max-w-xl space-y-4 py-10 text-center">
        <h1 className="text-2xl font-semibold">Connect your Twilio account</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Welcome, {user.name ?? user.email}. Authorize read-only access with Twilio Connect and this app imports your
          call log and turns it into dashboards. You can revoke access from Twilio at any time.
        </p>
        <ConnectButton />
      </Card>
    );
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Overview</h1>
      {justConnected ? (
        <Notice tone="success">
          Connected <strong>{justConnected.friendlyName}</strong> with {justConnected.accounts.length} accounts.
        </Notice>
      ) : null}
      {connections.map((connection) => (
        <Card key={connection.id} className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex items-center gap-2">
            <span className="font-medium">{connection.friendlyName}</span>
            <ConnectionStatusBadge status={connection.status} />
          </div>
          {connection.status === "active" ? (
            <span className="text-sm text-slate-600 dark:text-slate-400">{connection.accounts.length} accounts</span>
          ) : (
            <a href="/twilio/connect" className={buttonClass("primary")}>
              Reconnect
            </a>
          )}
        </Card>
      ))}
      <Link href="/connections" className="text-sm underline">
        Manage connections
      </Link>
    </div>
  );
}

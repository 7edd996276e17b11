import { Notice } from "@/components/ui/notice";
import type { ConnectionSummary } from "@/lib/connections";

// A connection made in the last few minutes, opened through the Authorize redirect's ?connection=.
const JUST_CONNECTED_MS = 15 * 60_000;

type Props = { connection: ConnectionSummary; arrivedFromConnect: boolean; now: Date };

/** "Connected X" after the Connect redirect; a reconnect prompt when Twilio access was revoked. */
export function ConnectionNotices({ connection, arrivedFromConnect, now }: Props) {
  const fresh = arrivedFromConnect && now.getTime() - connection.createdAt.getTime() < JUST_CONNECTED_MS;
  return (
    <>
      {fresh && connection.status === "active" ? (
        <Notice tone="success">
          Connected <strong>{connection.friendlyName}</strong> with {connection.accounts.length} accounts.
        </Notice>
      ) : null}
      {connection.status === "active" ? null : (
        <Notice tone="warning">
          {connection.status === "revoked"
            ? "Access to this Twilio account was revoked"
            : "This connection has a problem"}
          {connection.lastError ? ` (${connection.lastError})` : ""}. No new calls are imported until you{" "}
          <a href="/twilio/connect" className="font-medium underline">
            reconnect it
          </a>
          ; the calls imported so far are shown below.
        </Notice>
      )}
    </>
  );
}

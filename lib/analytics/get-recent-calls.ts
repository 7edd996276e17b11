import "server-only";
import { Prisma } from "@/lib/db";
import { UNSETTLED_CALL_STATUSES } from "@/lib/domain";
import { CALL_LOG_COLUMNS, type CallLogRow } from "./get-call-log";
import { runQuery } from "./sql/run";

export type RecentCalls = { calls: CallLogRow[]; inProgress: number };

/** The newest calls imported for a connection (optionally one account) and how many are still live. */
export async function getRecentCalls(connectionId: string, accountSid?: string, limit = 10): Promise<RecentCalls> {
  const account = accountSid ? Prisma.sql`AND "accountSid" = ${accountSid}` : Prisma.empty;
  const [calls, live] = await Promise.all([
    runQuery<CallLogRow>(Prisma.sql`
      SELECT ${CALL_LOG_COLUMNS} FROM "Call"
      WHERE "connectionId" = ${connectionId} ${account}
      ORDER BY "startTime" DESC, "sid" DESC LIMIT ${limit}`),
    // Only recent calls can still be live; the bound keeps this an index range scan.
    runQuery<{ count: number }>(Prisma.sql`
      SELECT count(*)::int AS count FROM "Call"
      WHERE "connectionId" = ${connectionId} ${account}
        AND "startTime" > now() AT TIME ZONE 'UTC' - interval '1 day'
        AND "status" IN (${Prisma.join(UNSETTLED_CALL_STATUSES)})`),
  ]);
  return { calls, inProgress: live[0]?.count ?? 0 };
}

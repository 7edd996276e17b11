import "server-only";
import { Prisma } from "@/lib/db";
import { CALL_LOG_COLUMNS, type CallLogRow } from "./get-call-log";
import { runQuery } from "./sql/run";

export type CallDetailRow = CallLogRow & {
  queueTime: number | null;
  callerName: string | null;
  forwardedFrom: string | null;
};

/** A call with the leg that created it (if any) and the legs it created, oldest first. */
export type CallDetail = { call: CallDetailRow; parent: CallDetailRow | null; children: CallDetailRow[] };

const DETAIL_COLUMNS = Prisma.sql`${CALL_LOG_COLUMNS}, "queueTime", "callerName", "forwardedFrom"`;

/** One call of the connection by SID, or null when the connection has no such call. */
export async function getCallDetail(connectionId: string, sid: string): Promise<CallDetail | null> {
  const [call] = await runQuery<CallDetailRow>(Prisma.sql`
    SELECT ${DETAIL_COLUMNS} FROM "Call" WHERE "connectionId" = ${connectionId} AND "sid" = ${sid}`);
  if (!call) return null;
  const [parents, children] = await Promise.all([
    call.parentCallSid
      ? runQuery<CallDetailRow>(Prisma.sql`
          SELECT ${DETAIL_COLUMNS} FROM "Call" WHERE "connectionId" = ${connectionId} AND "sid" = ${call.parentCallSid}`)
      : Promise.resolve([]),
    runQuery<CallDetailRow>(Prisma.sql`
      SELECT ${DETAIL_COLUMNS} FROM "Call" WHERE "connectionId" = ${connectionId} AND "parentCallSid" = ${sid}
      ORDER BY "startTime", "sid"`),
  ]);
  return { call, parent: parents[0] ?? null, children };
}

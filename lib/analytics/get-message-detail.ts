import "server-only";
import { Prisma } from "@/lib/db";
import { MESSAGE_LOG_COLUMNS, type MessageLogRow } from "./get-message-log";
import { runQuery } from "./sql/run";

/** One message of the connection by SID, or null when the connection has no such message. */
export async function getMessageDetail(connectionId: string, sid: string): Promise<MessageLogRow | null> {
  const [message] = await runQuery<MessageLogRow>(Prisma.sql`
    SELECT ${MESSAGE_LOG_COLUMNS} FROM "Message" WHERE "connectionId" = ${connectionId} AND "sid" = ${sid}`);
  return message ?? null;
}

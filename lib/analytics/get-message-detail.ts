import "server-only";
import { Prisma } from "@/lib/db";
import { MESSAGE_LOG_COLUMNS, type MessageLogRow } from "./get-message-log";
import { runQuery } from "./sql/run";

export type MessageDetail = MessageLogRow & { connectionId: string };

/**
 * A message by SID within the given connections (a workspace's own: its id must come from the
 * workspace's list), or null when none of them has it.
 */
export async function getMessageDetail(connectionIds: readonly string[], sid: string): Promise<MessageDetail | null> {
  if (connectionIds.length === 0) return null;
  const [message] = await runQuery<MessageDetail>(Prisma.sql`
    SELECT "connectionId", ${MESSAGE_LOG_COLUMNS} FROM "Message"
    WHERE "connectionId" IN (${Prisma.join(connectionIds)}) AND "sid" = ${sid}
    LIMIT 1`);
  return message ?? null;
}

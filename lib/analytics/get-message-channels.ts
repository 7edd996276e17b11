import "server-only";
import { Prisma } from "@/lib/db";
import { messageFactRows } from "./sql/facts";
import { runQuery } from "./sql/run";
import type { MessageQuery } from "./types";

/** A channel as the import named it (lib/domain MESSAGE_CHANNELS). */
export type ChannelRow = { channel: string; messages: number; segments: number };

/** Messages and segments per channel (SMS, MMS, WhatsApp, other), busiest first; channels without messages left out. */
export function getMessageChannels(q: MessageQuery): Promise<ChannelRow[]> {
  return runQuery<ChannelRow>(Prisma.sql`
    SELECT channel, sum(messages)::int AS messages, sum(segments)::int AS segments
    FROM (${messageFactRows(q)}) f
    GROUP BY channel
    HAVING sum(messages) > 0
    ORDER BY messages DESC, channel`);
}

import "server-only";
import { Prisma } from "@/lib/db";
import { isInboundMessage } from "@/lib/rollups";
import { FUNNEL_EXITS, FUNNEL_STEPS } from "./message-metrics";
import { messageFactRows } from "./sql/facts";
import { runQuery } from "./sql/run";
import type { MessageQuery } from "./types";

export type FunnelStep = { key: string; label: string; messages: number };

/** Outbound messages at each step of delivery (FUNNEL_STEPS), and those that dropped out (FUNNEL_EXITS). */
export type DeliveryFunnel = { steps: FunnelStep[]; exits: FunnelStep[] };

export async function getDeliveryFunnel(q: MessageQuery): Promise<DeliveryFunnel> {
  const rows = await runQuery<{ status: string; messages: number }>(Prisma.sql`
    SELECT status, sum(messages)::int AS messages
    FROM (${messageFactRows(q)}) f
    WHERE NOT ${isInboundMessage}
    GROUP BY status`);
  const count = (statuses: readonly string[] | null) =>
    rows.filter((row) => !statuses || statuses.includes(row.status)).reduce((sum, row) => sum + row.messages, 0);
  const counted = ({ key, label, statuses }: { key: string; label: string; statuses: readonly string[] | null }) => ({
    key,
    label,
    messages: count(statuses),
  });
  return { steps: FUNNEL_STEPS.map(counted), exits: FUNNEL_EXITS.map(counted) };
}

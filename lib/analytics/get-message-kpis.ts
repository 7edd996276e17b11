import "server-only";
import { Prisma } from "@/lib/db";
import { DELIVERED_MESSAGE_STATUSES, FAILED_MESSAGE_STATUSES, UNDELIVERED_MESSAGE_STATUSES } from "@/lib/domain";
import { isInboundMessage, MESSAGE_STATS } from "@/lib/rollups";
import { deliveryRate } from "./message-metrics";
import { sumsWithCurrency } from "./sql/currency";
import { messageFactRows } from "./sql/facts";
import { runQuery } from "./sql/run";
import type { CurrencyAmount, MessageQuery, Period } from "./types";

export type MessageKpiTotals = {
  messages: number;
  /** Outbound messages (sent through the API, as replies or during calls), whatever became of them. */
  sent: number;
  /** Inbound messages. */
  received: number;
  /** Outbound messages delivered (delivered or read), undelivered, and failed (refused by Twilio). */
  delivered: number;
  undelivered: number;
  failed: number;
  /** delivered ÷ (delivered + undelivered + failed), or null when none has an outcome yet. */
  deliveryRate: number | null;
  /** Segments billed: the sum of numSegments (a message without a count yet adds none). */
  segments: number;
  /** Costs per currency, largest first. */
  cost: CurrencyAmount[];
  /** Per currency: its cost ÷ the segments of its priced messages (omitted where those are none). */
  costPerSegment: CurrencyAmount[];
};

export type MessageKpis = { current: MessageKpiTotals; previous: MessageKpiTotals };

type CurrencyRow = {
  currency: string;
  messages: number;
  received: number;
  delivered: number;
  undelivered: number;
  failed: number;
  segments: number;
  priced: number;
  priced_segments: number;
  cost: number;
};

/** Headline message figures for the period and the one before it. */
export async function getMessageKpis(q: MessageQuery, previous: Period): Promise<MessageKpis> {
  const [current, before] = await Promise.all([periodTotals(q, q.range), periodTotals(q, previous)]);
  return { current, previous: before };
}

async function periodTotals(q: MessageQuery, period: Period): Promise<MessageKpiTotals> {
  const outbound = (statuses: readonly string[]) =>
    Prisma.sql`coalesce(sum(messages) FILTER (WHERE NOT inbound AND status IN (${Prisma.join(statuses)})), 0)::int`;
  const keys = { status: Prisma.sql`status`, inbound: isInboundMessage };
  const rows = await runQuery<CurrencyRow>(Prisma.sql`
    SELECT currency, sum(messages)::int AS messages,
           coalesce(sum(messages) FILTER (WHERE inbound), 0)::int AS received,
           ${outbound(DELIVERED_MESSAGE_STATUSES)} AS delivered,
           ${outbound(UNDELIVERED_MESSAGE_STATUSES)} AS undelivered,
           ${outbound(FAILED_MESSAGE_STATUSES)} AS failed,
           sum(segments)::int AS segments, sum(priced)::int AS priced,
           sum(priced_segments)::int AS priced_segments, (-sum(price))::float8 AS cost
    FROM (${sumsWithCurrency(MESSAGE_STATS, messageFactRows(q, { period }), q.connectionId, keys)}) p
    GROUP BY currency`);
  const total = (key: Exclude<keyof CurrencyRow, "currency">) => rows.reduce((sum, row) => sum + row[key], 0);
  const priced = rows.filter((row) => row.priced > 0);
  const largestFirst = (a: CurrencyAmount, b: CurrencyAmount) =>
    b.amount - a.amount || a.currency.localeCompare(b.currency);
  const [messages, received, delivered, undelivered, failed] = (
    ["messages", "received", "delivered", "undelivered", "failed"] as const
  ).map(total) as [number, number, number, number, number];
  return {
    messages,
    sent: messages - received,
    received,
    delivered,
    undelivered,
    failed,
    deliveryRate: deliveryRate({ delivered, undelivered, failed }),
    segments: total("segments"),
    cost: priced.map((row) => ({ currency: row.currency, amount: row.cost })).sort(largestFirst),
    costPerSegment: priced
      .filter((row) => row.priced_segments > 0)
      .map((row) => ({ currency: row.currency, amount: row.cost / row.priced_segments }))
      .sort(largestFirst),
  };
}

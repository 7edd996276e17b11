import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { CALL_USAGE_CATEGORIES, MESSAGE_USAGE_CATEGORIES } from "@/lib/domain";
import { addDays } from "../plan";
import type { DayRange } from "../usage";

/** One side of a day's comparison: the imported records' sums, or Twilio's usage for them. */
export type Figures = { calls: number; minutes: number; callPrice: number; messages: number; messagePrice: number };

/** Both sides of one account's UTC day, and whether every imported billed record had its price. */
export type DayFigures = { day: Date; imported: Figures; usage: Figures; pricesSettled: boolean };

type Account = { connectionId: string; accountSid: string };

const ZERO: Figures = { calls: 0, minutes: 0, callPrice: 0, messages: 0, messagePrice: 0 };
const dayKey = (day: Date) => day.getTime();

// Sums come back as text: PostgreSQL's numeric then reaches JS the same way on both drivers.
type CallSums = { day: Date; calls: number; minutes: number; price: string; unpriced: number };
type MessageSums = { day: Date; messages: number; price: string; unpriced: number };
type UsageSums = { day: Date } & Record<keyof Figures, string>;

/**
 * Both sides of every day in [first, last] of one account, summed by PostgreSQL (never a record in
 * JS). Imported: the billed calls (completed, by UTC start day: count, whole minutes rounded up
 * per call as Twilio bills them, |price|) and messages (SMS and MMS, sent and not failed, by UTC
 * send day: count, |price|). Usage: the daily records of CALL_USAGE_CATEGORIES and
 * MESSAGE_USAGE_CATEGORIES, which hold exactly those (lib/domain/usage-categories.ts).
 */
export async function dayFigures(account: Account, range: DayRange): Promise<DayFigures[]> {
  const db = getDb();
  const { connectionId, accountSid } = account;
  const [from, to] = [range.first, addDays(range.last, 1)];
  const [calls, messages, usage] = await Promise.all([
    db.$queryRaw<CallSums[]>`
      SELECT date_trunc('day', "startTime") AS day, count(*)::int AS calls,
        coalesce(sum(ceil(coalesce("duration", 0) / 60.0)), 0)::int AS minutes,
        coalesce(sum(abs("price")), 0)::text AS price, count(*) FILTER (WHERE "price" IS NULL)::int AS unpriced
      FROM "Call"
      WHERE "connectionId" = ${connectionId} AND "accountSid" = ${accountSid} AND "status" = 'completed'
        AND "startTime" >= ${from}::timestamp AND "startTime" < ${to}::timestamp
      GROUP BY 1`,
    db.$queryRaw<MessageSums[]>`
      SELECT date_trunc('day', "dateSent") AS day, count(*)::int AS messages,
        coalesce(sum(abs("price")), 0)::text AS price, count(*) FILTER (WHERE "price" IS NULL)::int AS unpriced
      FROM "Message"
      WHERE "connectionId" = ${connectionId} AND "accountSid" = ${accountSid} AND "status" <> 'failed'
        AND "channel" IN ('sms', 'mms') AND "dateSent" >= ${from}::timestamp AND "dateSent" < ${to}::timestamp
      GROUP BY 1`,
    db.$queryRaw<UsageSums[]>`
      SELECT "startDate" AS day,
        coalesce(sum("count") FILTER (WHERE ${inCategories(CALL_USAGE_CATEGORIES)}), 0)::text AS calls,
        coalesce(sum("usage") FILTER (WHERE ${inCategories(CALL_USAGE_CATEGORIES)}), 0)::text AS minutes,
        coalesce(sum("price") FILTER (WHERE ${inCategories(CALL_USAGE_CATEGORIES)}), 0)::text AS "callPrice",
        coalesce(sum("count") FILTER (WHERE ${inCategories(MESSAGE_USAGE_CATEGORIES)}), 0)::text AS messages,
        coalesce(sum("price") FILTER (WHERE ${inCategories(MESSAGE_USAGE_CATEGORIES)}), 0)::text AS "messagePrice"
      FROM "UsageRecord"
      WHERE "connectionId" = ${connectionId} AND "accountSid" = ${accountSid} AND "period" = 'daily'
        AND "startDate" >= ${from}::date AND "startDate" < ${to}::date
      GROUP BY 1`,
  ]);
  const callsOf = new Map(calls.map((row) => [dayKey(row.day), row]));
  const messagesOf = new Map(messages.map((row) => [dayKey(row.day), row]));
  const usageOf = new Map(usage.map((row) => [dayKey(row.day), row]));
  const days: DayFigures[] = [];
  for (let day = range.first; day <= range.last; day = addDays(day, 1)) {
    const call = callsOf.get(dayKey(day));
    const message = messagesOf.get(dayKey(day));
    const used = usageOf.get(dayKey(day));
    days.push({
      day,
      imported: {
        calls: call?.calls ?? 0,
        minutes: call?.minutes ?? 0,
        callPrice: Number(call?.price ?? 0),
        messages: message?.messages ?? 0,
        messagePrice: Number(message?.price ?? 0),
      },
      usage: used
        ? {
            calls: Number(used.calls),
            minutes: Number(used.minutes),
            callPrice: Number(used.callPrice),
            messages: Number(used.messages),
            messagePrice: Number(used.messagePrice),
          }
        : ZERO,
      pricesSettled: (call?.unpriced ?? 0) === 0 && (message?.unpriced ?? 0) === 0,
    });
  }
  return days;
}

const inCategories = (categories: readonly string[]) => Prisma.sql`"category" IN (${Prisma.join(categories)})`;

import { Prisma } from "@/lib/db";
import { dailyBreakdownRows, identifier } from "@/lib/rollups";
import type { MessageQuery, Period } from "../types";
import { MESSAGES } from "./facts";

const DAY_MS = 86_400_000;
const ceilDay = (date: Date) => new Date(Math.ceil(date.getTime() / DAY_MS) * DAY_MS);
const floorDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/**
 * Rows (key, country, messages, segments) of one of the messages' daily breakdowns ("country",
 * "errorCode", "from", "to") over the query, ready to be summed per key. Whole UTC days inside the
 * period come from MessageDailyBreakdown, the partial days at either end from "Message"; a number
 * search reads messages only (the breakdowns keep no parties beside their key).
 */
export function dailyFacts(q: MessageQuery, kind: string): Prisma.Sql {
  const { stats } = MESSAGES;
  const breakdown = stats.daily && Object.hasOwn(stats.daily.kinds, kind) ? stats.daily.kinds[kind] : undefined;
  if (!stats.daily || !breakdown) throw new Error(`messages keep no daily breakdown "${kind}"`);
  const measures = stats.daily.measures.map((measure) => Prisma.sql`${measure.value} AS ${identifier(measure.alias)}`);
  const messages = (period: Period) => Prisma.sql`
    SELECT ${breakdown.key} AS "key", ${breakdown.country ?? Prisma.sql`NULL::text`} AS "country", ${Prisma.join(measures)}
    FROM ${identifier(stats.table)}
    WHERE ${MESSAGES.conditions(q, period)} AND ${breakdown.counts}`;
  const days = { start: ceilDay(q.range.start), end: floorDay(q.range.end) };
  if (q.numberQuery || days.start >= days.end) return messages(q.range);
  const edges = [
    { start: q.range.start, end: days.start },
    { start: days.end, end: q.range.end },
  ].filter((edge) => edge.start < edge.end);
  return Prisma.join(
    [
      dailyBreakdownRows(stats, q.connectionId, kind, days, MESSAGES.dimensions(q)),
      ...edges.map((edge) => messages(edge)),
    ],
    " UNION ALL ",
  );
}

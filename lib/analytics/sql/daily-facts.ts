import { Prisma } from "@/lib/db";
import { dailyBreakdownRows, identifier, monthlyBreakdownRows } from "@/lib/rollups";
import { monthsOf, monthStart } from "@/lib/time";
import type { MessageQuery, Period } from "../types";
import { hasDimensionFilters } from "./conditions";
import { MESSAGES } from "./facts";

const DAY_MS = 86_400_000;
const ceilDay = (date: Date) => new Date(Math.ceil(date.getTime() / DAY_MS) * DAY_MS);
const floorDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/** The whole UTC months of a span of whole days, or null when it holds none. */
function wholeMonths(days: Period): Period | null {
  const start = monthStart(days.start).getTime() === days.start.getTime() ? days.start : monthStart(days.start, 1);
  const end = monthStart(days.end);
  return start < end ? { start, end } : null;
}

/**
 * Rows (key, country, messages, segments) of one of the messages' daily breakdowns ("country",
 * "errorCode", "from", "to") over the query, ready to be summed per key. Whole UTC days inside the
 * period come from MessageDailyBreakdown, the partial days at either end from "Message"; a number
 * search reads messages only (the breakdowns keep no parties beside their key). The numbers' whole
 * months come from their monthly and quarterly sums when no filter needs the account, direction or
 * status those do not keep: a year of a busy account's numbers is too many rows a day.
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
  const months = stats.daily.monthly?.kinds.includes(kind) && !hasDimensionFilters(q) ? wholeMonths(days) : null;
  const dayParts = months
    ? [
        { start: days.start, end: months.start },
        { start: months.end, end: days.end },
      ].filter((part) => part.start < part.end)
    : [days];
  return Prisma.join(
    [
      ...(months
        ? [
            monthlyBreakdownRows(
              stats,
              q.connectionId,
              kind,
              monthsOf(months).map((month) => month.start),
            ),
          ]
        : []),
      ...dayParts.map((part) => dailyBreakdownRows(stats, q.connectionId, kind, part, MESSAGES.dimensions(q))),
      ...edges.map((edge) => messages(edge)),
    ],
    " UNION ALL ",
  );
}

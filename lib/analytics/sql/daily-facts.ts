import "server-only";
import { Prisma } from "@/lib/db";
import { dailyBreakdownRows, identifier, monthlyBreakdownRows } from "@/lib/rollups";
import type { MessageQuery, Period } from "../types";
import { calendarParts, type CalendarPart } from "./calendar-parts";
import { hasDimensionFilters } from "./conditions";
import { MESSAGES } from "./facts";
import { runQuery } from "./run";

const DAY_MS = 86_400_000;
const ceilDay = (date: Date) => new Date(Math.ceil(date.getTime() / DAY_MS) * DAY_MS);
const floorDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/**
 * Rows (key, country, messages, segments) of one of the messages' daily breakdowns ("country",
 * "errorCode", "from", "to") over the query, ready to be summed per key (signed: some rows take
 * messages away). Whole UTC days inside the period come from MessageDailyBreakdown, the partial
 * days at either end from "Message"; a number search reads messages only (the breakdowns keep no
 * parties beside their key). The numbers' days come from their calendar sums where those give the
 * same answer, when no filter needs the account, direction or status they do not keep: a year of
 * a busy account's numbers is too many rows a day.
 */
export async function dailyFacts(q: MessageQuery, kind: string): Promise<Prisma.Sql> {
  const { stats } = MESSAGES;
  const { daily } = stats;
  const breakdown = daily && Object.hasOwn(daily.kinds, kind) ? daily.kinds[kind] : undefined;
  if (!daily || !breakdown) throw new Error(`messages keep no daily breakdown "${kind}"`);
  const measures = daily.measures.map((measure) => Prisma.sql`${measure.value} AS ${identifier(measure.alias)}`);
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
  const calendar = daily.monthly?.kinds.includes(kind) && !hasDimensionFilters(q);
  const parts: CalendarPart[] = calendar
    ? calendarParts(days, await daysWithMessages(q.connectionId))
    : [{ sign: 1, days }];
  const signed = (sign: 1 | -1, rows: Prisma.Sql) =>
    sign === 1
      ? rows
      : Prisma.sql`SELECT "key", "country", ${Prisma.join(
          daily.measures.map(({ alias }) => Prisma.sql`-${identifier(alias)} AS ${identifier(alias)}`),
        )} FROM (${rows}) taken`;
  const facts = [
    ...([1, -1] as const).flatMap((sign) => {
      const units = parts.flatMap((part) => (part.sign === sign && "months" in part ? [part] : []));
      return units.length > 0 ? [signed(sign, monthlyBreakdownRows(stats, q.connectionId, kind, units))] : [];
    }),
    ...parts.flatMap((part) =>
      "days" in part
        ? [signed(part.sign, dailyBreakdownRows(stats, q.connectionId, kind, part.days, MESSAGES.dimensions(q)))]
        : [],
    ),
    ...edges.map((edge) => messages(edge)),
  ];
  // Days past the connection's messages, and no partial days: nothing to read but an empty range.
  return facts.length > 0 ? Prisma.join(facts, " UNION ALL ") : messages(q.range);
}

/** The whole UTC days from the connection's first message to its last: the calendar sums hold nothing outside. */
async function daysWithMessages(connectionId: string): Promise<Period> {
  const [span] = await runQuery<{ first: Date | null; last: Date | null }>(Prisma.sql`
    SELECT min("dateSent") AS first, max("dateSent") AS last FROM "Message" WHERE "connectionId" = ${connectionId}`);
  if (!span?.first || !span.last) return { start: new Date(0), end: new Date(0) };
  return { start: floorDay(span.first), end: floorDay(new Date(span.last.getTime() + DAY_MS)) };
}

import "server-only";
import { Prisma } from "@/lib/db";
import { dailyBreakdownRows, identifier, monthlyBreakdownRows, staleMonths } from "@/lib/rollups";
import { monthStart } from "@/lib/time";
import type { MessageQuery, Period } from "../types";
import { calendarParts, type CalendarPart } from "./calendar-parts";
import { hasDimensionFilters } from "./conditions";
import { MESSAGES } from "./facts";
import { runQuery } from "./run";

const DAY_MS = 86_400_000;
const ceilDay = (date: Date) => new Date(Math.ceil(date.getTime() / DAY_MS) * DAY_MS);
const floorDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/** The query's whole UTC days, and the partial days at either end of its period. */
function wholeDays(q: MessageQuery): { days: Period; edges: Period[] } {
  const days = { start: ceilDay(q.range.start), end: floorDay(q.range.end) };
  const edges = [
    { start: q.range.start, end: days.start },
    { start: days.end, end: q.range.end },
  ].filter((edge) => edge.start < edge.end);
  return { days, edges };
}

/**
 * Rows (key, messages, segments) of one of the messages' daily breakdowns ("country", "errorCode")
 * over the query, ready to be summed per key. Whole UTC days inside the period come from
 * MessageDailyBreakdown, the partial days at either end from "Message"; a number search reads
 * messages only (the breakdowns keep no parties).
 */
export function dailyFacts(q: MessageQuery, kind: string): Prisma.Sql {
  const { stats } = MESSAGES;
  const { daily } = stats;
  const breakdown = daily && Object.hasOwn(daily.kinds, kind) ? daily.kinds[kind] : undefined;
  if (!daily || !breakdown) throw new Error(`messages keep no daily breakdown "${kind}"`);
  const measures = daily.measures.map((measure) => Prisma.sql`${measure.value} AS ${identifier(measure.alias)}`);
  const messages = (period: Period) => Prisma.sql`
    SELECT ${breakdown.key} AS "key", ${Prisma.join(measures)}
    FROM ${identifier(stats.table)}
    WHERE ${MESSAGES.conditions(q, period)} AND ${breakdown.counts}`;
  const { days, edges } = wholeDays(q);
  if (q.numberQuery || days.start >= days.end) return messages(q.range);
  return Prisma.join(
    [dailyBreakdownRows(stats, q.connectionId, kind, days, MESSAGES.dimensions(q)), ...edges.map(messages)],
    " UNION ALL ",
  );
}

/**
 * Rows (key, country, messages, segments) of the numbers on one side of the messages over the
 * query, signed (some take messages away), ready to be summed per number. Without filters the
 * numbers' monthly, quarterly and yearly sums serve the calendar units they give the same answer
 * for (calendarParts; a stale month and its quarter and year never), and the messages the rest;
 * a filter on account, direction, status or number reads the messages.
 */
export async function numberFacts(q: MessageQuery, party: "from" | "to"): Promise<Prisma.Sql> {
  const { stats } = MESSAGES;
  const { monthly } = stats;
  if (!monthly) throw new Error("messages keep no monthly sums");
  const { number, country } = monthly.parties[party];
  const measures = monthly.measures.map((measure) => Prisma.sql`${measure.value} AS ${identifier(measure.alias)}`);
  const signed = (sign: 1 | -1, rows: Prisma.Sql) =>
    sign === 1
      ? rows
      : Prisma.sql`SELECT "key", "country", ${Prisma.join(
          monthly.measures.map(({ alias }) => Prisma.sql`-${identifier(alias)} AS ${identifier(alias)}`),
        )} FROM (${rows}) taken`;
  const messages = (period: Period) => Prisma.sql`
    SELECT ${number} AS "key", ${country} AS "country", ${Prisma.join(measures)}
    FROM ${identifier(stats.table)}
    WHERE ${MESSAGES.conditions(q, period)}`;
  const { days, edges } = wholeDays(q);
  if (q.numberQuery || hasDimensionFilters(q) || days.start >= days.end) return messages(q.range);
  const [data, stale] = await Promise.all([daysWithMessages(q.connectionId), staleMonths(stats, q.connectionId)]);
  const staleTimes = stale.map((month) => month.getTime());
  // A unit's sums serve when none of its months is stale.
  const usable = (months: number, start: Date) =>
    !staleTimes.some((time) => time >= start.getTime() && time < monthStart(start, months).getTime());
  const parts: CalendarPart[] = calendarParts(days, data, usable);
  const facts = [
    ...([1, -1] as const).flatMap((sign) => {
      const units = parts.flatMap((part) => (part.sign === sign && "months" in part ? [part] : []));
      return units.length > 0 ? [signed(sign, monthlyBreakdownRows(stats, q.connectionId, party, units))] : [];
    }),
    ...parts.flatMap((part) => ("days" in part ? [signed(part.sign, messages(part.days))] : [])),
    ...edges.map(messages),
  ];
  // Days past the connection's messages, and no partial days: nothing to read but an empty range.
  return facts.length > 0 ? Prisma.join(facts, " UNION ALL ") : messages(q.range);
}

/** The whole UTC days from the connection's first message to its last: the sums hold nothing outside. */
async function daysWithMessages(connectionId: string): Promise<Period> {
  const [span] = await runQuery<{ first: Date | null; last: Date | null }>(Prisma.sql`
    SELECT min("dateSent") AS first, max("dateSent") AS last FROM "Message" WHERE "connectionId" = ${connectionId}`);
  if (!span?.first || !span.last) return { start: new Date(0), end: new Date(0) };
  return { start: floorDay(span.first), end: floorDay(new Date(span.last.getTime() + DAY_MS)) };
}

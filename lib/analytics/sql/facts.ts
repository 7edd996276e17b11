import { Prisma } from "@/lib/db/generated/client";
import type { AnalyticsQuery, Period } from "../types";
import { callConditions, dimensionConditions, inPeriod } from "./conditions";
import { ceilHour, floorHour, hasWholeHourOffsets } from "./whole-hour-offsets";

/**
 * The rows aggregates read, as a subquery with the columns
 *   t (UTC timestamp), "accountSid", status, direction, calls, seconds, price, priced.
 * Whole UTC hours come from CallHourlyStat (one row per hour, status and direction) when that gives
 * the same answer as the calls: no number search (rollups do not keep numbers) and a zone whose
 * offset is a whole number of hours throughout, so each rollup hour sits inside one local hour.
 * The partial hours at either end, and everything otherwise, come from "Call" one row per call.
 */
export function factRows(q: AnalyticsQuery, period: Period = q.range): Prisma.Sql {
  const whole = hourlyPart(q, period);
  if (!whole) return callFacts(q, period);
  const edges = [
    { start: period.start, end: whole.start },
    { start: whole.end, end: period.end },
  ].filter((edge) => edge.start < edge.end);
  return Prisma.join(
    [hourlyFacts(q, whole), ...edges.map((edge) => callFacts(q, edge))],
    " UNION ALL ",
  );
}

/** Whether a query reads rollups at all (exposed for tests and the benchmark's notes). */
export function usesHourlyStats(q: AnalyticsQuery, period: Period = q.range): boolean {
  return hourlyPart(q, period) !== null;
}

function hourlyPart(q: AnalyticsQuery, period: Period): Period | null {
  if (q.numberQuery) return null;
  const whole = { start: ceilHour(period.start), end: floorHour(period.end) };
  if (whole.start >= whole.end || !hasWholeHourOffsets(q.timeZone, period)) return null;
  return whole;
}

function hourlyFacts(q: AnalyticsQuery, period: Period): Prisma.Sql {
  return Prisma.sql`
    SELECT "hour" AS t, "accountSid", "status", "direction", "calls", "durationSeconds" AS seconds,
           "price", "pricedCalls" AS priced
    FROM "CallHourlyStat"
    WHERE "connectionId" = ${q.connectionId} AND ${inPeriod(Prisma.sql`"hour"`, period)} ${dimensionConditions(q)}`;
}

function callFacts(q: AnalyticsQuery, period: Period): Prisma.Sql {
  return Prisma.sql`
    SELECT "startTime" AS t, "accountSid", "status", "direction", 1 AS calls,
           coalesce("duration", 0)::bigint AS seconds, coalesce("price", 0)::numeric AS price,
           CASE WHEN "price" IS NULL THEN 0 ELSE 1 END AS priced
    FROM "Call"
    WHERE ${callConditions(q, period)}`;
}

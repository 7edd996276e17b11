import { Prisma } from "@/lib/db/generated/client";
import type { AnalyticsQuery, Bucket, Period } from "../types";
import { callConditions, dimensionConditions, inPeriod } from "./conditions";
import { ceilHour, floorHour, hasWholeHourOffsets } from "./whole-hour-offsets";

/** How the caller groups the facts by local time: not at all (totals over the period) or by bucket. */
export type LocalGrouping = "none" | Bucket;

type FactOptions = { period?: Period; grouping?: LocalGrouping };

/**
 * The rows aggregates read, as a subquery with the columns
 *   t (UTC timestamp), "accountSid", status, direction, calls, seconds, price, priced.
 * Whole UTC hours come from CallHourlyStat (one row per hour, status and direction) wherever that
 * gives the same answer as the calls; the rest comes from "Call", one row per call:
 * - a number search reads calls only (rollups do not keep numbers);
 * - the partial hours at either end of the period come from calls;
 * - grouping by local time needs every UTC hour to sit inside one local hour, so a zone with a
 *   half- or quarter-hour offset in the period reads calls only. (Reading just the hours that hold
 *   a local midnight from calls, for days and weeks, was tried: the index lookups of those calls
 *   cost more than one parallel pass over all of them.)
 */
export function factRows(q: AnalyticsQuery, { period = q.range, grouping = "none" }: FactOptions = {}): Prisma.Sql {
  const whole = wholeHours(q, period, grouping);
  if (!whole) return callFacts(q, period);
  const edges = [
    { start: period.start, end: whole.start },
    { start: whole.end, end: period.end },
  ].filter((edge) => edge.start < edge.end);
  return Prisma.join([hourlyFacts(q, whole), ...edges.map((edge) => callFacts(q, edge))], " UNION ALL ");
}

/** Whether a query reads rollups at all (exposed for tests and the benchmark's notes). */
export function usesHourlyStats(q: AnalyticsQuery, options: FactOptions = {}): boolean {
  return wholeHours(q, options.period ?? q.range, options.grouping ?? "none") !== null;
}

function wholeHours(q: AnalyticsQuery, period: Period, grouping: LocalGrouping): Period | null {
  if (q.numberQuery) return null;
  const whole = { start: ceilHour(period.start), end: floorHour(period.end) };
  if (whole.start >= whole.end) return null;
  if (grouping !== "none" && !hasWholeHourOffsets(q.timeZone, period)) return null;
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

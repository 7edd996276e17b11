import { Prisma } from "@/lib/db";
import { hourlyStatRows, type HourSplit } from "@/lib/rollups";
import type { AnalyticsQuery, Bucket, Period } from "../types";
import { callConditions, dimensionConditions } from "./conditions";
import { ceilHour, floorHour, hourSplitFor } from "./zone-offsets";

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
 * - grouping by local time needs each rollup row inside one local hour: whole hours serve zones
 *   offset by whole hours, each hour's two halves serve zones offset by half hours, and zones
 *   offset by quarter hours read calls only.
 */
export function factRows(q: AnalyticsQuery, { period = q.range, grouping = "none" }: FactOptions = {}): Prisma.Sql {
  const rollup = rollupPart(q, period, grouping);
  if (!rollup) return callFacts(q, period);
  const edges = [
    { start: period.start, end: rollup.hours.start },
    { start: rollup.hours.end, end: period.end },
  ].filter((edge) => edge.start < edge.end);
  return Prisma.join(
    [
      hourlyStatRows(q.connectionId, rollup.hours, rollup.split, dimensionConditions(q)),
      ...edges.map((edge) => callFacts(q, edge)),
    ],
    " UNION ALL ",
  );
}

/** Whether a query reads rollups at all (exposed for tests). */
export function usesHourlyStats(q: AnalyticsQuery, options: FactOptions = {}): boolean {
  return rollupPart(q, options.period ?? q.range, options.grouping ?? "none") !== null;
}

function rollupPart(
  q: AnalyticsQuery,
  period: Period,
  grouping: LocalGrouping,
): { hours: Period; split: HourSplit } | null {
  if (q.numberQuery) return null;
  const hours = { start: ceilHour(period.start), end: floorHour(period.end) };
  if (hours.start >= hours.end) return null;
  // Totals only need the period's whole hours, whatever the zone.
  const split = grouping === "none" ? "whole" : hourSplitFor(q.timeZone, period);
  return split ? { hours, split } : null;
}

function callFacts(q: AnalyticsQuery, period: Period): Prisma.Sql {
  return Prisma.sql`
    SELECT "startTime" AS t, "accountSid", "status", "direction", 1 AS calls,
           coalesce("duration", 0)::bigint AS seconds, coalesce("price", 0)::numeric AS price,
           CASE WHEN "price" IS NULL THEN 0 ELSE 1 END AS priced
    FROM "Call"
    WHERE ${callConditions(q, period)}`;
}

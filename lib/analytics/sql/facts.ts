import { Prisma } from "@/lib/db";
import { CALL_STATS, hourlyStatRows, identifier, MESSAGE_STATS, type HourSplit, type RecordStats } from "@/lib/rollups";
import type { AnalyticsQuery, Bucket, MessageQuery, Period, RecordQuery } from "../types";
import { callConditions, dimensionConditions, messageConditions, messageDimensionConditions } from "./conditions";
import { ceilHour, floorHour, hourSplitFor } from "./zone-offsets";

/** One kind of record as the queries read it: its rollups, and its filters as WHERE fragments. */
export type RecordSource<Q extends RecordQuery> = {
  stats: RecordStats;
  /** Every filter on the records of the connection within a period. */
  conditions: (q: Q, period: Period) => Prisma.Sql;
  /** The filters the rollups can apply too (account, direction, status), as `AND …`. */
  dimensions: (q: Q) => Prisma.Sql;
};

export const CALLS: RecordSource<AnalyticsQuery> = {
  stats: CALL_STATS,
  conditions: callConditions,
  dimensions: dimensionConditions,
};

export const MESSAGES: RecordSource<MessageQuery> = {
  stats: MESSAGE_STATS,
  conditions: messageConditions,
  dimensions: messageDimensionConditions,
};

/** How the caller groups the facts by local time: not at all (totals over the period) or by bucket. */
export type LocalGrouping = "none" | Bucket;

type FactOptions = { period?: Period; grouping?: LocalGrouping };

/**
 * The rows aggregates read, as a subquery with the columns t (UTC timestamp), the rollup's
 * dimensions ("accountSid", status, direction…) and its measures' aliases (for calls: calls,
 * seconds, price, priced). Whole UTC hours come from the hourly rollup (one row per hour and
 * dimensions) wherever that gives the same answer as the records; the rest comes from the records,
 * one row each:
 * - a number search reads records only (rollups do not keep numbers);
 * - the partial hours at either end of the period come from records;
 * - grouping by local time needs each rollup row inside one local hour: whole hours serve zones
 *   offset by whole hours, each hour's two halves serve zones offset by half hours, and zones
 *   offset by quarter hours read records only.
 */
export function recordFacts<Q extends RecordQuery>(
  source: RecordSource<Q>,
  q: Q,
  { period = q.range, grouping = "none" }: FactOptions = {},
): Prisma.Sql {
  const rollup = rollupPart(q, period, grouping);
  if (!rollup) return rawFacts(source, q, period);
  const edges = [
    { start: period.start, end: rollup.hours.start },
    { start: rollup.hours.end, end: period.end },
  ].filter((edge) => edge.start < edge.end);
  return Prisma.join(
    [
      hourlyStatRows(source.stats, q.connectionId, rollup.hours, rollup.split, source.dimensions(q)),
      ...edges.map((edge) => rawFacts(source, q, edge)),
    ],
    " UNION ALL ",
  );
}

/** The call facts (columns t, "accountSid", status, direction, calls, seconds, price, priced). */
export function factRows(q: AnalyticsQuery, options: FactOptions = {}): Prisma.Sql {
  return recordFacts(CALLS, q, options);
}

/**
 * The message facts: columns t, "accountSid", status, direction, channel, messages, segments,
 * price, priced, priced_segments.
 */
export function messageFactRows(q: MessageQuery, options: FactOptions = {}): Prisma.Sql {
  return recordFacts(MESSAGES, q, options);
}

/** Whether a query reads rollups at all (exposed for tests). */
export function usesHourlyStats(q: RecordQuery, options: FactOptions = {}): boolean {
  return rollupPart(q, options.period ?? q.range, options.grouping ?? "none") !== null;
}

function rollupPart(
  q: RecordQuery,
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

function rawFacts<Q extends RecordQuery>(source: RecordSource<Q>, q: Q, period: Period): Prisma.Sql {
  const { stats } = source;
  const columns = [
    Prisma.sql`${identifier(stats.time)} AS t`,
    ...stats.dimensions.map(identifier),
    ...stats.measures.map((measure) => Prisma.sql`${measure.value} AS ${identifier(measure.alias)}`),
  ];
  return Prisma.sql`SELECT ${Prisma.join(columns)} FROM ${identifier(stats.table)} WHERE ${source.conditions(q, period)}`;
}

import { Prisma } from "@/lib/db";
import type { Bucket, Period } from "../types";
import { offsetSpans, type OffsetSpan } from "./zone-offsets";

// Times are stored as UTC `timestamp` columns; these fragments read them in the dashboard's zone.

const minutes = (value: number) => Prisma.sql`${`${value} minutes`}::interval`;

/** One value per offset span (`values[i]` for `spans[i]`), picked by the span the UTC timestamp falls in. */
function perSpan(utc: Prisma.Sql, spans: readonly OffsetSpan[], values: readonly Prisma.Sql[]): Prisma.Sql {
  const cases = spans.flatMap((span, index) =>
    span.until ? [Prisma.sql`WHEN ${utc} < ${span.until}::timestamp THEN ${values[index]}`] : [],
  );
  const otherwise = values.at(-1) ?? Prisma.sql`NULL`;
  return cases.length === 0 ? otherwise : Prisma.sql`CASE ${Prisma.join(cases, " ")} ELSE ${otherwise} END`;
}

/**
 * The wall-clock time UTC timestamps within `period` show in the zone. The zone's offsets over the
 * period are worked out once (offsetSpans), so each row costs an addition and a comparison or two
 * instead of two time zone conversions: a year of rollups is 200,000 rows.
 */
export function localTime(utc: Prisma.Sql, timeZone: string, period: Period): Prisma.Sql {
  const spans = offsetSpans(timeZone, period);
  const offsets = spans.map((span) => minutes(span.minutes));
  return Prisma.sql`(${utc} + ${perSpan(utc, spans, offsets)})`;
}

const MICROSECOND = Prisma.sql`interval '1 microsecond'`;

/** The local buckets of a period: how rows are grouped, and every bucket the period holds. */
export type LocalBuckets = {
  /** A UTC timestamp's group: rows are grouped by it. */
  key: (utc: Prisma.Sql) => Prisma.Sql;
  /** A group's bucket start (a UTC timestamp), worked out once per group. */
  start: (key: Prisma.Sql) => Prisma.Sql;
  /** Every bucket start of the period (column b), so quiet buckets show as zero, not as gaps. */
  series: Prisma.Sql;
};

/**
 * Grouping UTC timestamps within `period` by the local bucket they fall in. Hours start where
 * each local hour began (localHourStart), so the two 01:00 hours of a fall-back night stay apart
 * and half-hour zones get local hours; days and weeks (ISO, Monday first) group by local date,
 * converted back once per bucket.
 *
 * The series is the same two expressions applied to instants sampled across the period, so a row
 * can never have a bucket the series lacks. Every bucket holds a sample: each begins at the
 * period's start, at an offset change, or at a local boundary, and ends at the period's end, at a
 * change, or at the next boundary; the period's start and last instant and each change (and the
 * instant before it) are sampled, and a bucket between two boundaries with no change between
 * them is one bucket length long, so a sample every bucket length from the start falls in it.
 */
export function localBuckets(bucket: Bucket, timeZone: string, period: Period): LocalBuckets {
  const key = (utc: Prisma.Sql) =>
    bucket === "hour"
      ? localHourStart(utc, timeZone, period)
      : Prisma.sql`date_trunc(${bucket}, ${localTime(utc, timeZone, period)})`;
  const start = (group: Prisma.Sql) =>
    bucket === "hour" ? group : Prisma.sql`((${group}) AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`;
  return {
    key,
    start,
    series: Prisma.sql`SELECT DISTINCT ${start(key(Prisma.sql`s`))} AS b FROM (${samples(bucket, timeZone, period)}) AS samples`,
  };
}

/**
 * The UTC instant the local hour holding `utc` began: its wall-clock start in the offset in force,
 * or the offset change when that came later (the half hour Lord Howe Island repeats or skips
 * begins at its change, not at a wall-clock time that never happened).
 */
function localHourStart(utc: Prisma.Sql, timeZone: string, period: Period): Prisma.Sql {
  const spans = offsetSpans(timeZone, period);
  const starts = spans.map((span, index) => {
    const offset = minutes(span.minutes);
    const wallClock = Prisma.sql`date_trunc('hour', ${utc} + ${offset}) - ${offset}`;
    const changedAt = spans[index - 1]?.until;
    return changedAt ? Prisma.sql`greatest(${wallClock}, ${changedAt}::timestamp)` : wallClock;
  });
  return Prisma.sql`(${perSpan(utc, spans, starts)})`;
}

/** Instants (column s) within the period that fall in every local bucket of it (see localBuckets). */
function samples(bucket: Bucket, timeZone: string, period: Period): Prisma.Sql {
  const [start, end] = [Prisma.sql`${period.start}::timestamp`, Prisma.sql`${period.end}::timestamp`];
  const changes = offsetSpans(timeZone, period).flatMap((span) =>
    span.until ? [Prisma.sql`(${span.until}::timestamp)`, Prisma.sql`(${span.until}::timestamp - ${MICROSECOND})`] : [],
  );
  return Prisma.sql`
    SELECT s FROM (
      SELECT generate_series(${start}, ${end} - ${MICROSECOND}, ${`1 ${bucket}`}::interval) AS s
      UNION ALL VALUES ${Prisma.join([Prisma.sql`(${end} - ${MICROSECOND})`, ...changes])}
    ) instants
    WHERE s >= ${start} AND s < ${end}`;
}

/** A UTC timestamp read back from the database as an ISO instant. */
export function isoInstant(value: Date | string): string {
  return (value instanceof Date ? value : new Date(`${value}Z`)).toISOString();
}

import { Prisma } from "@/lib/db";
import type { Bucket, Period } from "../types";
import { offsetSpans } from "./zone-offsets";

// Times are stored as UTC `timestamp` columns; these fragments read them in the dashboard's zone.

/** A constant UTC instant as the wall-clock time it shows in the zone (PostgreSQL's zone rules). */
function zoned(utc: Prisma.Sql, timeZone: string): Prisma.Sql {
  return Prisma.sql`((${utc}) AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}`;
}

const minutes = (value: number) => Prisma.sql`${`${value} minutes`}::interval`;

/**
 * The wall-clock time UTC timestamps within `period` show in the zone. The zone's offsets over the
 * period are worked out once (offsetSpans), so each row costs an addition and a comparison or two
 * instead of two time zone conversions: a year of rollups is 200,000 rows.
 */
export function localTime(utc: Prisma.Sql, timeZone: string, period: Period): Prisma.Sql {
  const spans = offsetSpans(timeZone, period);
  const last = spans.at(-1)?.minutes ?? 0;
  const changes = spans.flatMap((span) =>
    span.until ? [Prisma.sql`WHEN ${utc} < ${span.until}::timestamp THEN ${minutes(span.minutes)}`] : [],
  );
  if (changes.length === 0) return Prisma.sql`(${utc} + ${minutes(last)})`;
  return Prisma.sql`(${utc} + CASE ${Prisma.join(changes, " ")} ELSE ${minutes(last)} END)`;
}

/**
 * Grouping UTC timestamps within `period` by the local bucket they fall in: group rows by `key`,
 * then `start` turns a key into the bucket's UTC start. Hours subtract the offset in force at each
 * instant, so the two 01:00 hours of a fall-back night stay apart (and half-hour zones get local
 * hours); days and weeks (ISO, Monday first) group by local date, converted back once per bucket.
 */
export function localBuckets(
  utc: Prisma.Sql,
  bucket: Bucket,
  timeZone: string,
  period: Period,
): { key: Prisma.Sql; start: (key: Prisma.Sql) => Prisma.Sql } {
  const local = localTime(utc, timeZone, period);
  if (bucket === "hour")
    return { key: Prisma.sql`(date_trunc('hour', ${local}) - (${local} - (${utc})))`, start: (key) => key };
  return {
    key: Prisma.sql`date_trunc(${bucket}, ${local})`,
    start: (key) => Prisma.sql`((${key}) AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`,
  };
}

/** Every bucket start of the period (UTC timestamps), so quiet buckets show as zero, not as gaps. */
export function bucketSeries(period: Period, bucket: Bucket, timeZone: string): Prisma.Sql {
  if (bucket === "hour") {
    return Prisma.sql`SELECT generate_series(${period.start}::timestamp, ${period.end}::timestamp - interval '1 hour', interval '1 hour') AS b`;
  }
  const start = zoned(Prisma.sql`${period.start}::timestamp`, timeZone);
  const end = zoned(Prisma.sql`${period.end}::timestamp`, timeZone);
  return Prisma.sql`
    SELECT (d AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC' AS b
    FROM generate_series(date_trunc(${bucket}, ${start}), ${end} - interval '1 microsecond', ${`1 ${bucket}`}::interval) AS d`;
}

/** A UTC timestamp read back from the database as an ISO instant. */
export function isoInstant(value: Date | string): string {
  return (value instanceof Date ? value : new Date(`${value}Z`)).toISOString();
}

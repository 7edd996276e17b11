import { Prisma } from "@/lib/db/generated/client";
import type { Bucket, Period } from "../types";

// Times are stored as UTC `timestamp` columns; these fragments read them in the dashboard's zone.

/** The wall-clock time a UTC timestamp shows in the zone. */
export function localTime(utc: Prisma.Sql, timeZone: string): Prisma.Sql {
  return Prisma.sql`((${utc}) AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}`;
}

/**
 * The UTC start of the local bucket a UTC timestamp falls in. Hours subtract the offset in force
 * at that instant, so the two 01:00 hours of a fall-back night stay apart (and half-hour zones get
 * local hours); days and weeks (ISO, Monday first) go back through the zone's rules.
 */
export function bucketStart(utc: Prisma.Sql, bucket: Bucket, timeZone: string): Prisma.Sql {
  const local = localTime(utc, timeZone);
  if (bucket === "hour") return Prisma.sql`(date_trunc('hour', ${local}) - (${local} - (${utc})))`;
  return Prisma.sql`((date_trunc(${bucket}, ${local}) AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')`;
}

/** Every bucket start of the period (UTC timestamps), so quiet buckets show as zero, not as gaps. */
export function bucketSeries(period: Period, bucket: Bucket, timeZone: string): Prisma.Sql {
  if (bucket === "hour") {
    return Prisma.sql`SELECT generate_series(${period.start}::timestamp, ${period.end}::timestamp - interval '1 hour', interval '1 hour') AS b`;
  }
  const start = localTime(Prisma.sql`${period.start}::timestamp`, timeZone);
  const end = localTime(Prisma.sql`${period.end}::timestamp`, timeZone);
  return Prisma.sql`
    SELECT (d AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC' AS b
    FROM generate_series(date_trunc(${bucket}, ${start}), ${end} - interval '1 microsecond', ${`1 ${bucket}`}::interval) AS d`;
}

/** A UTC timestamp read back from the database as an ISO instant. */
export function isoInstant(value: Date | string): string {
  return (value instanceof Date ? value : new Date(`${value}Z`)).toISOString();
}

import "server-only";
import { getDb, Prisma } from "@/lib/db";

const firstHalf = Prisma.sql`"startTime" < date_trunc('hour', "startTime") + interval '30 minutes'`;

/**
 * Transaction limits for rebuilding rollups: a year of a busy account takes seconds to sum
 * (Prisma's default limit is 5 s), and during an import the rebuild queues for a connection
 * behind the windows' writes (Prisma gives up after 2 s by default).
 */
export const REBUILD_TRANSACTION = { maxWait: 60_000, timeout: 120_000 };

/**
 * Recomputes CallHourlyStat for the UTC hours in [from, to) of one connection (optionally one
 * account) from the calls stored. Imports call it for the hours they touched, so the dashboard's
 * totals and time series read a few thousand rows instead of every call.
 */
export async function rebuildHourlyStats(
  connectionId: string,
  from: Date,
  to: Date,
  accountSid?: string,
): Promise<void> {
  const db = getDb();
  const account = accountSid ?? null;
  // An interactive transaction: batch transactions cannot lift the timeout.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      DELETE FROM "CallHourlyStat"
      WHERE "connectionId" = ${connectionId}
        AND (${account}::text IS NULL OR "accountSid" = ${account}::text)
        AND "hour" >= date_trunc('hour', ${from}::timestamp) AND "hour" < ${to}::timestamp`;
    await tx.$executeRaw`
      INSERT INTO "CallHourlyStat" ("connectionId", "accountSid", "hour", "status", "direction", "calls", "durationSeconds", "price", "pricedCalls",
                                    "firstHalfCalls", "firstHalfDurationSeconds", "firstHalfPrice", "firstHalfPricedCalls")
      SELECT "connectionId", "accountSid", date_trunc('hour', "startTime"), "status", "direction",
             count(*)::int, coalesce(sum("duration"), 0)::bigint, coalesce(sum("price"), 0), count("price")::int,
             count(*) FILTER (WHERE ${firstHalf})::int, coalesce(sum("duration") FILTER (WHERE ${firstHalf}), 0)::bigint,
             coalesce(sum("price") FILTER (WHERE ${firstHalf}), 0), count("price") FILTER (WHERE ${firstHalf})::int
      FROM "Call"
      WHERE "connectionId" = ${connectionId}
        AND (${account}::text IS NULL OR "accountSid" = ${account}::text)
        AND "startTime" >= date_trunc('hour', ${from}::timestamp) AND "startTime" < ${to}::timestamp
      GROUP BY 1, 2, 3, 4, 5`;
  }, REBUILD_TRANSACTION);
}

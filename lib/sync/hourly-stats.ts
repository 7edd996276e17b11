import "server-only";
import { getDb } from "@/lib/db";

/**
 * Recomputes CallHourlyStat for the UTC hours in [from, to) of one connection (optionally one
 * account) from the calls stored. Imports call it for the hours they touched, so the dashboard's
 * totals and time series read a few thousand rows instead of every call.
 */
export async function rebuildHourlyStats(connectionId: string, from: Date, to: Date, accountSid?: string): Promise<void> {
  const db = getDb();
  const account = accountSid ?? null;
  await db.$transaction([
    db.$executeRaw`
      DELETE FROM "CallHourlyStat"
      WHERE "connectionId" = ${connectionId}
        AND (${account}::text IS NULL OR "accountSid" = ${account}::text)
        AND "hour" >= date_trunc('hour', ${from}::timestamp) AND "hour" < ${to}::timestamp`,
    db.$executeRaw`
      INSERT INTO "CallHourlyStat" ("connectionId", "accountSid", "hour", "status", "direction", "calls", "durationSeconds", "price", "pricedCalls")
      SELECT "connectionId", "accountSid", date_trunc('hour', "startTime"), "status", "direction",
             count(*)::int, coalesce(sum("duration"), 0)::bigint, coalesce(sum("price"), 0), count("price")::int
      FROM "Call"
      WHERE "connectionId" = ${connectionId}
        AND (${account}::text IS NULL OR "accountSid" = ${account}::text)
        AND "startTime" >= date_trunc('hour', ${from}::timestamp) AND "startTime" < ${to}::timestamp
      GROUP BY 1, 2, 3, 4, 5`,
  ]);
}

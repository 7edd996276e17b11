import "server-only";
import { BREAKDOWN_KEYS } from "@/lib/analytics/sql/breakdown-keys";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { REBUILD_TIMEOUT_MS } from "./hourly-stats";

// The monthly stats (CallNumberMonthlyStat, CallBreakdownMonthlyStat) sum a connection's calls per
// UTC month. Each account's monthlyStatsUntil says up to where they include all of its calls: an
// import lowers it to the first month it will write into before writing, and once the import is
// complete the rebuild below recomputes everything from there and raises it again. A crash in
// between leaves those months uncounted, so the dashboard reads their calls instead of stale sums.

/** Before an import writes calls that started at `from` or later: those months are no longer counted. */
export async function markMonthlyStatsStale(connectionId: string, accountSid: string, from: Date): Promise<void> {
  await getDb().$executeRaw`
    UPDATE "TwilioAccount"
    SET "monthlyStatsUntil" = least("monthlyStatsUntil", date_trunc('month', ${from}::timestamp))
    WHERE "connectionId" = ${connectionId} AND "sid" = ${accountSid} AND "monthlyStatsUntil" IS NOT NULL`;
}

function startOfNextUtcMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

/**
 * Recomputes the connection's monthly stats from the earliest month any of `accountSids` is not
 * counted for (all history for an account never rolled up) through the current month, then marks
 * those accounts counted through the end of the current month. Call it once their imports are
 * complete. Rebuilds of one connection queue behind each other, across processes too.
 */
export async function rebuildMonthlyStats(connectionId: string, accountSids: readonly string[]): Promise<void> {
  if (accountSids.length === 0) return;
  const accounts = Prisma.sql`"connectionId" = ${connectionId} AND "sid" IN (${Prisma.join(accountSids)})`;
  await getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('monthly-stats'), hashtext(${connectionId}))`;
      // Before any call Twilio has: an account never rolled up is summed from its first call on.
      const [oldest] = await tx.$queryRaw<{ from: Date | null }[]>`
        SELECT min(coalesce("monthlyStatsUntil", '1970-01-01')) AS "from" FROM "TwilioAccount" WHERE ${accounts}`;
      if (!oldest?.from) return;
      const to = startOfNextUtcMonth(new Date());
      const months = Prisma.sql`"connectionId" = ${connectionId} AND "month" >= ${oldest.from}::timestamp AND "month" < ${to}::timestamp`;
      const calls = Prisma.sql`"connectionId" = ${connectionId} AND "startTime" >= ${oldest.from}::timestamp AND "startTime" < ${to}::timestamp`;
      const month = Prisma.sql`date_trunc('month', "startTime")`;

      await tx.$executeRaw`DELETE FROM "CallNumberMonthlyStat" WHERE ${months}`;
      await tx.$executeRaw`
        INSERT INTO "CallNumberMonthlyStat" ("connectionId", "party", "month", "number", "country", "calls", "durationSeconds")
        SELECT ${connectionId}, 'to', ${month}, "to", max("toCountry"), count(*)::int, coalesce(sum("duration"), 0)
        FROM "Call" WHERE ${calls}
        GROUP BY 3, 4
        UNION ALL
        SELECT ${connectionId}, 'from', ${month}, "from", max("fromCountry"), count(*)::int, coalesce(sum("duration"), 0)
        FROM "Call" WHERE ${calls}
        GROUP BY 3, 4`;

      await tx.$executeRaw`DELETE FROM "CallBreakdownMonthlyStat" WHERE ${months}`;
      const breakdowns = Object.entries(BREAKDOWN_KEYS).map(
        ([kind, { key, counts }]) => Prisma.sql`
          SELECT ${connectionId}, ${kind}, ${month}, "accountSid", "status", "direction", ${key}, count(*)::int, coalesce(sum("duration"), 0)
          FROM "Call" WHERE ${calls} AND ${counts}
          GROUP BY 3, 4, 5, 6, 7`,
      );
      await tx.$executeRaw`
        INSERT INTO "CallBreakdownMonthlyStat" ("connectionId", "kind", "month", "accountSid", "status", "direction", "key", "calls", "durationSeconds")
        ${Prisma.join(breakdowns, " UNION ALL ")}`;

      await tx.$executeRaw`UPDATE "TwilioAccount" SET "monthlyStatsUntil" = ${to}::timestamp WHERE ${accounts}`;
    },
    { timeout: REBUILD_TIMEOUT_MS },
  );
}

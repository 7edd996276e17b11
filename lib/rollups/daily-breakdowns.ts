import "server-only";
import { Prisma } from "@/lib/db";
import { identifier, type DailyBreakdowns, type RecordStats } from "./records";

type Span = { connectionId: string; from: Date; to: Date; account: string | null };

/**
 * Recomputes a kind's daily breakdowns (MessageDailyBreakdown) for the UTC days holding [from, to),
 * inside the caller's transaction: per day, account, status, direction and channel, the records of
 * each key of each breakdown (countries, error codes). A rebuild of part of a day rebuilds the
 * whole day. Imports read whole UTC days per window, so like the hourly rollup this is exact for
 * every day an import has read, with no coverage to track.
 */
export async function rebuildDailyBreakdowns(
  tx: Prisma.TransactionClient,
  stats: RecordStats,
  daily: DailyBreakdowns,
  span: Span,
): Promise<void> {
  const start = Prisma.sql`date_trunc('day', ${span.from}::timestamp)`;
  const end = Prisma.sql`date_trunc('day', ${span.to}::timestamp - interval '1 microsecond') + interval '1 day'`;
  const time = identifier(stats.time);
  const ofAccount = Prisma.sql`"connectionId" = ${span.connectionId}
    AND (${span.account}::text IS NULL OR "accountSid" = ${span.account}::text)`;
  const dimensions = stats.dimensions.map(identifier);
  const groups = Prisma.raw(stats.dimensions.map((_, index) => String(index + 4)).join(", "));
  const table = identifier(daily.table);
  const kinds = Object.entries(daily.kinds);
  await tx.$executeRaw`
    DELETE FROM ${table}
    WHERE ${ofAccount} AND "kind" IN (${Prisma.join(kinds.map(([kind]) => kind))}) AND "day" >= ${start} AND "day" < ${end}`;
  // The window's records are read once; each breakdown then groups them by its own key.
  await tx.$executeRaw`
    WITH records AS MATERIALIZED (
      SELECT * FROM ${identifier(stats.table)} WHERE ${ofAccount} AND ${time} >= ${start} AND ${time} < ${end})
    INSERT INTO ${table} ("connectionId", "kind", "day", ${Prisma.join(dimensions)}, "key",
                          ${Prisma.join(daily.measures.map((measure) => identifier(measure.column)))})
    ${Prisma.join(
      kinds.map(
        ([kind, { key, counts }]) => Prisma.sql`
          SELECT ${span.connectionId}::text, ${kind}::text, date_trunc('day', ${time}), ${Prisma.join(dimensions)}, ${key},
                 ${Prisma.join(daily.measures.map((measure) => Prisma.sql`sum(${measure.value})`))}
          FROM records WHERE ${counts}
          GROUP BY 3, ${groups}, ${Prisma.raw(String(stats.dimensions.length + 4))}`,
      ),
      " UNION ALL ",
    )}`;
}

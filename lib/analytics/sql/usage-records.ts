import { Prisma } from "@/lib/db";
import type { SpendQuery } from "../spend-query";

/**
 * The usage records a spend query sums, as rows (account, category, day, period, count, usage,
 * price, units): the daily records of its UTC days, and for an account's months that have no
 * daily record at all (before the import's daily window) the monthly record of each month the
 * range touches, whole. A month with daily records never adds its monthly one, so nothing is
 * counted twice. `day` is the record's first day (the 1st for a monthly record).
 */
export function usageRecordRows(q: SpendQuery): Prisma.Sql {
  const account = q.accountSid ? Prisma.sql`AND u."accountSid" = ${q.accountSid}` : Prisma.empty;
  const from = Prisma.sql`CAST(${q.from} AS date)`;
  const to = Prisma.sql`CAST(${q.to} AS date)`;
  return Prisma.sql`
    SELECT u."accountSid" AS account, u.category, u."startDate" AS day, u.period,
           u.count, u.usage, u.price, u."countUnit" AS count_unit, u."usageUnit" AS usage_unit,
           u."priceUnit" AS price_unit
    FROM "UsageRecord" u
    WHERE u."connectionId" = ${q.connectionId} ${account}
      AND ((u.period = 'daily' AND u."startDate" BETWEEN ${from} AND ${to})
        OR (u.period = 'monthly' AND u."startDate" <= ${to}
            AND u."startDate" > ${from} - interval '1 month'
            AND NOT EXISTS (
              SELECT 1 FROM "UsageRecord" d
              WHERE d."connectionId" = u."connectionId" AND d."accountSid" = u."accountSid"
                AND d.period = 'daily' AND d."startDate" >= u."startDate"
                AND d."startDate" < u."startDate" + interval '1 month')))`;
}

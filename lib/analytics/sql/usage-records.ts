import { Prisma } from "@/lib/db";
import type { SpendQuery } from "../spend-query";

/**
 * The usage records a spend query sums, as rows (account, category, day, period, count, usage,
 * price, units); `day` is the record's first day (the 1st for a monthly record).
 *
 * Each account has daily records from its daily window's start (AccountSync.usageDailyFrom, not
 * always a month's 1st) and monthly records for the months with days before it. A month the range
 * reaches before that start is read whole from its monthly record, and its daily records are left
 * out (the monthly one already holds them); every other day of the range from its daily records.
 * So no day is counted twice, and a range reaching before the daily records counts whole months.
 */
export function usageRecordRows(q: SpendQuery): Prisma.Sql {
  const account = q.accountSid ? Prisma.sql`AND u."accountSid" = ${q.accountSid}` : Prisma.empty;
  const from = Prisma.sql`CAST(${q.from} AS date)`;
  const to = Prisma.sql`CAST(${q.to} AS date)`;
  const columns = Prisma.sql`u."accountSid" AS account, u.category, u."startDate" AS day, u.period, u.count,
    u.usage, u.price, u."countUnit" AS count_unit, u."usageUnit" AS usage_unit, u."priceUnit" AS price_unit`;
  return Prisma.sql`
    WITH whole_months AS (
      SELECT ${columns}
      FROM "UsageRecord" u
      LEFT JOIN "TwilioAccount" a ON a."connectionId" = u."connectionId" AND a.sid = u."accountSid"
      LEFT JOIN "AccountSync" s ON s."accountId" = a.id
      WHERE u."connectionId" = ${q.connectionId} ${account} AND u.period = 'monthly'
        AND u."startDate" <= ${to} AND u."startDate" > ${from} - interval '1 month'
        AND greatest(${from}, u."startDate") < coalesce(s."usageDailyFrom", 'infinity'::date))
    SELECT * FROM whole_months
    UNION ALL
    SELECT ${columns}
    FROM "UsageRecord" u
    WHERE u."connectionId" = ${q.connectionId} ${account} AND u.period = 'daily'
      AND u."startDate" BETWEEN ${from} AND ${to}
      AND NOT EXISTS (
        SELECT 1 FROM whole_months m
        WHERE m.account = u."accountSid" AND m.day = date_trunc('month', u."startDate")::date)`;
}

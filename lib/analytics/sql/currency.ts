import { Prisma } from "@/lib/db/generated/client";

/**
 * Facts with the currency of their account. Twilio bills an account in one currency, so the
 * newest priced call of each of the connection's accounts names it (an index lookup per account,
 * not a scan); rollups keep no currency of their own. Accounts with no priced call yet, or not
 * (yet) listed for the connection, default to USD. MATERIALIZED makes each lookup run once;
 * inlined, PostgreSQL would repeat it for every joined row.
 */
export function withCurrency(facts: Prisma.Sql, connectionId: string): Prisma.Sql {
  return Prisma.sql`
    WITH currencies AS MATERIALIZED (
      SELECT a."sid" AS "accountSid", (
        SELECT upper(c."priceUnit") FROM "Call" c
        WHERE c."connectionId" = ${connectionId} AND c."accountSid" = a."sid" AND c."priceUnit" IS NOT NULL
        ORDER BY c."startTime" DESC LIMIT 1) AS currency
      FROM "TwilioAccount" a WHERE a."connectionId" = ${connectionId})
    SELECT f.*, coalesce(currencies.currency, 'USD') AS currency
    FROM (${facts}) f LEFT JOIN currencies USING ("accountSid")`;
}

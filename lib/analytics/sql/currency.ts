import { Prisma } from "@/lib/db";
import { identifier, type RecordStats } from "@/lib/rollups";

/**
 * The facts of one kind of record summed per account and the given keys (alias → expression over
 * the facts' columns), with the currency of their account: columns "accountSid", the aliases, the
 * kind's measures (for calls: calls, seconds, price, priced) and currency.
 *
 * Twilio bills an account in one currency, so the newest priced record of each of the connection's
 * accounts names it (an index lookup per account, not a scan); rollups keep no currency of their
 * own. Accounts with no priced call yet, or not (yet) listed for the connection, default to USD.
 * MATERIALIZED makes each lookup run once; inlined, PostgreSQL would repeat it for every joined
 * row. The sums come first because a plan runs in one process above a CTE: summing before the
 * join lets a year of calls be read and summed in parallel, and the join meets a few rows.
 */
export function sumsWithCurrency(
  stats: RecordStats,
  facts: Prisma.Sql,
  connectionId: string,
  keys: Record<string, Prisma.Sql>,
): Prisma.Sql {
  // Aliases are fixed names chosen by the callers, never input.
  const selected = Object.entries(keys).map(([alias, sql]) => Prisma.sql`${sql} AS ${Prisma.raw(`"${alias}"`)}`);
  const sums = stats.measures.map(({ alias }) => Prisma.sql`sum(f.${identifier(alias)}) AS ${identifier(alias)}`);
  const positions = selected.map((_, index) => Prisma.raw(String(index + 2)));
  return Prisma.sql`
    WITH currencies AS MATERIALIZED (
      SELECT a."sid" AS "accountSid", (
        SELECT upper(r."priceUnit") FROM ${identifier(stats.table)} r
        WHERE r."connectionId" = ${connectionId} AND r."accountSid" = a."sid" AND r."priceUnit" IS NOT NULL
        ORDER BY r.${identifier(stats.time)} DESC LIMIT 1) AS currency
      FROM "TwilioAccount" a WHERE a."connectionId" = ${connectionId})
    SELECT s.*, coalesce(currencies.currency, 'USD') AS currency
    FROM (
      SELECT f."accountSid", ${Prisma.join(selected)}, ${Prisma.join(sums)}
      FROM (${facts}) f
      GROUP BY 1, ${Prisma.join(positions)}
    ) s LEFT JOIN currencies USING ("accountSid")`;
}

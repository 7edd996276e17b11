import "server-only";
import { Prisma } from "@/lib/db";
import { TOTAL_PRICE_CATEGORY } from "@/lib/domain";
import { DEFAULT_SPEND_CURRENCY } from "./get-spend-totals";
import { runQuery } from "./sql/run";
import { usageRecordRows } from "./sql/usage-records";
import type { SpendQuery } from "./spend-query";

export type AccountSpendRow = {
  sid: string;
  name: string;
  /** The connection's owner account (the others are its subaccounts). */
  isOwner: boolean;
  amount: number;
  /** Twilio's refusal when the account's usage cannot be read ("20404 not found"); its spend is then unknown. */
  usageError: string | null;
};

export type SpendByAccount = { currency: string; accounts: AccountSpendRow[] };

/**
 * Spend per account of the connection (or the one account the query names): the owner first, then
 * the largest spend. Accounts with no usage records in the range show zero, or their error.
 */
export async function getSpendByAccount(q: SpendQuery): Promise<SpendByAccount> {
  const account = q.accountSid ? Prisma.sql`AND a.sid = ${q.accountSid}` : Prisma.empty;
  const rows = await runQuery<{
    sid: string;
    name: string;
    is_owner: boolean;
    amount: number;
    usage_error: string | null;
    currency: string | null;
  }>(Prisma.sql`
    WITH spend AS (
      SELECT account, sum(price)::float8 AS amount, upper(min(price_unit)) AS currency
      FROM (${usageRecordRows(q)}) r
      WHERE category = ${TOTAL_PRICE_CATEGORY}
      GROUP BY account)
    SELECT a.sid, a."friendlyName" AS name, a.sid = c."ownerAccountSid" AS is_owner,
           coalesce(spend.amount, 0)::float8 AS amount, a."usageError" AS usage_error, spend.currency
    FROM "TwilioAccount" a
    JOIN "TwilioConnection" c ON c.id = a."connectionId"
    LEFT JOIN spend ON spend.account = a.sid
    WHERE a."connectionId" = ${q.connectionId} ${account}
    ORDER BY is_owner DESC, amount DESC, a."friendlyName", a.sid`);
  return {
    currency: rows.find((row) => row.currency)?.currency ?? DEFAULT_SPEND_CURRENCY,
    accounts: rows.map((row) => ({
      sid: row.sid,
      name: row.name || row.sid,
      isOwner: row.is_owner,
      amount: row.amount,
      usageError: row.usage_error,
    })),
  };
}

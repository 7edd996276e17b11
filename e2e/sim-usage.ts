// The simulator's own usage records of a Twilio user's accounts, read through the twilio SDK as any
// client would, independently of the app.
import { grantingUserAccounts } from "../sim/testing/granting-user";
import { sdkClientForSimulator } from "../sim/testing/twilio-client";
import { E2E_SECRETS, SIM_URL } from "./config";
import { sim } from "./fixtures";

/** Per account and category, the spend of the days asked for, in units of 1e-5 (exact sums). */
export type SimUsage = { accounts: { sid: string; name: string; spend: Map<string, number> }[] };

/**
 * Every account's own daily usage records (IncludeSubaccounts=false) from `from` to `to`, both
 * UTC days, summed per category.
 */
export async function simUsage(connectSid: string, from: string, to: string): Promise<SimUsage> {
  const client = sdkClientForSimulator(SIM_URL, connectSid, E2E_SECRETS.TWILIO_AUTH_TOKEN);
  const sids = await grantingUserAccounts(sim, connectSid);
  const accounts = await Promise.all(
    sids.map(async (sid) => {
      const [account, records] = await Promise.all([
        client.api.v2010.accounts(sid).fetch(),
        client.api.v2010.accounts(sid).usage.records.daily.list({
          startDate: new Date(`${from}T00:00:00Z`),
          endDate: new Date(`${to}T00:00:00Z`),
          includeSubaccounts: false,
          pageSize: 1000,
        }),
      ]);
      const spend = new Map<string, number>();
      for (const record of records) {
        const price = Math.round(Number(record.price ?? 0) * 100_000);
        spend.set(record.category, (spend.get(record.category) ?? 0) + price);
      }
      return { sid, name: account.friendlyName, spend };
    }),
  );
  return { accounts };
}

/** One category's spend over every account (1e-5 units). */
export const categorySpend = (usage: SimUsage, category: string) =>
  usage.accounts.reduce((sum, account) => sum + (account.spend.get(category) ?? 0), 0);

import type twilio from "twilio";
import { Prisma, type Database } from "@/lib/db";

export type UsageFigures = { count: number; usage: number; price: number };

/** As UsageRecord keeps it: count and usage to 4 decimals, price to 5 (numeric rounds half away from zero). */
const rounded = (value: string | number, decimals: number) =>
  new Prisma.Decimal(String(value)).toDecimalPlaces(decimals, Prisma.Decimal.ROUND_HALF_UP).toNumber();

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * An account's daily usage records as Twilio (the simulator) lists them through twilio-node, by
 * "day|category", without the all-zero ones, to the stored precision: what the import should have stored.
 */
export async function twilioDailyUsage(
  client: twilio.Twilio,
  accountSid: string,
  range: { first: Date; last: Date },
  includeSubaccounts = false,
): Promise<Map<string, UsageFigures>> {
  const records = await client.api.v2010
    .accounts(accountSid)
    .usage.records.daily.list({ startDate: range.first, endDate: range.last, includeSubaccounts, pageSize: 1000 });
  const figures = new Map<string, UsageFigures>();
  for (const record of records) {
    const value = {
      count: rounded(record.count, 4),
      usage: rounded(record.usage, 4),
      price: rounded(record.price, 5),
    };
    if (value.count || value.usage || value.price) figures.set(`${day(record.startDate)}|${record.category}`, value);
  }
  return figures;
}

/** The daily usage records the app stored for an account, keyed as twilioDailyUsage keys them. */
export async function storedDailyUsage(
  db: Database,
  connectionId: string,
  accountSid: string,
): Promise<Map<string, UsageFigures>> {
  const rows = await db.usageRecord.findMany({ where: { connectionId, accountSid, period: "daily" } });
  return new Map(
    rows.map((row) => [
      `${day(row.startDate)}|${row.category}`,
      { count: Number(row.count), usage: Number(row.usage), price: Number(row.price) },
    ]),
  );
}

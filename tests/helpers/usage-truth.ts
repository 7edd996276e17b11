import type twilio from "twilio";
import { Prisma, type Database } from "@/lib/db";

export type UsageFigures = { count: number; usage: number; price: number };

/** As UsageRecord keeps it: count and usage to 4 decimals, price to 5 (numeric rounds half away from zero). */
const rounded = (value: string | number, decimals: number) =>
  new Prisma.Decimal(String(value)).toDecimalPlaces(decimals, Prisma.Decimal.ROUND_HALF_UP).toNumber();

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * An account's daily (or monthly) usage records as Twilio (the simulator) lists them through twilio-node, by
 * "day|category", without the all-zero ones, to the stored precision: what the import should have stored.
 */
export async function twilioUsage(
  client: twilio.Twilio,
  accountSid: string,
  range: { first: Date; last: Date },
  { period = "daily", includeSubaccounts = false }: { period?: "daily" | "monthly"; includeSubaccounts?: boolean } = {},
): Promise<Map<string, UsageFigures>> {
  const params = { startDate: range.first, endDate: range.last, includeSubaccounts, pageSize: 1000 };
  const records = client.api.v2010.accounts(accountSid).usage.records;
  const listed = await (period === "daily" ? records.daily.list(params) : records.monthly.list(params));
  const figures = new Map<string, UsageFigures>();
  for (const record of listed) {
    const value = {
      count: rounded(record.count, 4),
      usage: rounded(record.usage, 4),
      price: rounded(record.price, 5),
    };
    if (value.count || value.usage || value.price) figures.set(`${day(record.startDate)}|${record.category}`, value);
  }
  return figures;
}

/** The usage records the app stored for an account, keyed as twilioUsage keys them. */
export async function storedUsage(
  db: Database,
  connectionId: string,
  accountSid: string,
  period: "daily" | "monthly" = "daily",
): Promise<Map<string, UsageFigures>> {
  const rows = await db.usageRecord.findMany({ where: { connectionId, accountSid, period } });
  return new Map(
    rows.map((row) => [
      `${day(row.startDate)}|${row.category}`,
      { count: Number(row.count), usage: Number(row.usage), price: Number(row.price) },
    ]),
  );
}

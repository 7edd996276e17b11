import "server-only";
import { getDb } from "@/lib/db";
import type { UsagePeriod, UsageRecordWire } from "@/lib/twilio";
import { usageDay, type DayRange } from "./days";

const isZero = (record: UsageRecordWire) =>
  Number(record.count) === 0 && Number(record.usage) === 0 && record.price === 0;

/**
 * Replaces one account's stored records of a period whose start falls in `range` with what Twilio
 * sent for it, in one transaction: a category that went back to zero (a call re-rated, a refund)
 * disappears instead of keeping its old figure. Twilio sends every category for every day, mostly
 * zeros; those are not kept.
 */
export async function replaceUsage(
  target: { connectionId: string; accountSid: string },
  period: UsagePeriod,
  range: DayRange,
  records: readonly UsageRecordWire[],
): Promise<void> {
  const db = getDb();
  const { connectionId, accountSid } = target;
  // A record Twilio sent for a day outside the range would outlive the next replacement: not kept.
  const [first, last] = [usageDay(range.first), usageDay(range.last)];
  const kept = records.filter((r) => !isZero(r) && r.startDate >= first && r.startDate <= last);
  await db.$transaction([
    db.usageRecord.deleteMany({
      where: { connectionId, accountSid, period, startDate: { gte: range.first, lte: range.last } },
    }),
    db.usageRecord.createMany({
      data: kept.map((record) => ({
        connectionId,
        accountSid,
        period,
        category: record.category,
        startDate: new Date(`${record.startDate}T00:00:00Z`),
        endDate: new Date(`${record.endDate}T00:00:00Z`),
        count: record.count,
        countUnit: record.countUnit,
        usage: record.usage,
        usageUnit: record.usageUnit,
        price: String(record.price),
        priceUnit: record.priceUnit,
        asOf: record.asOf,
      })),
      // A category twice in one answer (two pages overlapping as records are added) is one record.
      skipDuplicates: true,
    }),
  ]);
}

import "server-only";
import { getDb } from "@/lib/db";
import { monthStart } from "@/lib/time";
import { markStaleMonths } from "./monthly-numbers";
import { MESSAGE_STATS } from "./records";

/**
 * Forgets the summaries of the calls and messages before `cutoff` (a UTC day start), once the
 * retention period has deleted those records: a summary of deleted records would keep counting
 * them, and the number-level ones would keep their phone numbers.
 * - Hourly stats (the per-number inbound hours too) and daily message breakdowns before the cutoff go.
 * - Monthly call stats: months before the first whole month on or after the cutoff go, and each
 *   account's coverage starts there at the earliest, so the cutoff's own month is read from the
 *   calls left (an import that rebuilds it sums only those).
 * - Monthly message sums: months, quarters and years ending before the cutoff's month go; the
 *   cutoff's month is marked stale for the connections whose messages were deleted, so it is read
 *   from the messages left and summed again, with its quarter and year, by the next import.
 */
export async function forgetStatsBefore(cutoff: Date, messagesDeletedIn: readonly string[]): Promise<void> {
  const db = getDb();
  const firstWholeMonth = cutoff.getTime() === monthStart(cutoff).getTime() ? cutoff : monthStart(cutoff, 1);
  const cutoffMonth = monthStart(cutoff);
  await db.$transaction(async (tx) => {
    await tx.callHourlyStat.deleteMany({ where: { hour: { lt: cutoff } } });
    await tx.callInboundNumberHourlyStat.deleteMany({ where: { hour: { lt: cutoff } } });
    await tx.messageHourlyStat.deleteMany({ where: { hour: { lt: cutoff } } });
    await tx.messageDailyBreakdown.deleteMany({ where: { day: { lt: cutoff } } });
    await tx.callNumberMonthlyStat.deleteMany({ where: { month: { lt: firstWholeMonth } } });
    await tx.callBreakdownMonthlyStat.deleteMany({ where: { month: { lt: firstWholeMonth } } });
    await tx.twilioAccount.updateMany({
      where: { monthlyStatsUntil: { lte: firstWholeMonth } },
      data: { monthlyStatsFrom: null, monthlyStatsUntil: null },
    });
    await tx.twilioAccount.updateMany({
      where: {
        monthlyStatsUntil: { gt: firstWholeMonth },
        OR: [{ monthlyStatsFrom: null }, { monthlyStatsFrom: { lt: firstWholeMonth } }],
      },
      data: { monthlyStatsFrom: firstWholeMonth },
    });
    await tx.$executeRaw`
      DELETE FROM "MessageMonthlyBreakdown"
      WHERE "month" + make_interval(months => "months") <= ${cutoffMonth}::timestamp`;
    await tx.messageStaleMonth.deleteMany({ where: { month: { lt: cutoffMonth } } });
    if (!MESSAGE_STATS.monthly) return;
    for (const connectionId of messagesDeletedIn) {
      await markStaleMonths(tx, MESSAGE_STATS.monthly, { connectionId, from: cutoffMonth, to: monthStart(cutoff, 1) });
    }
  });
}

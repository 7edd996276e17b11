import "server-only";
import type twilio from "twilio";
import { getDb } from "@/lib/db";
import {
  fetchUsagePage,
  isTwilioFailure,
  shortTwilioError,
  toTwilioError,
  usageRecordsUrl,
  type UsagePeriod,
  type UsageRecordWire,
} from "@/lib/twilio";
import { renewLease } from "../lease";
import { withPageSlot } from "../page-slots";
import { addDays, startOfUtcDay } from "../plan";
import { monthChunks, usageDay, type DayRange } from "./days";
import { replaceUsage } from "./store-usage";

/**
 * Days before today read again on every import. Usage of a day keeps changing after it ends: calls
 * are priced minutes to hours later, and a call priced late changes its day's usage. The call
 * import looks up to 7 days back for calls without a price, so usage is re-read as far: the
 * completeness check then compares both sides as of the same moment.
 */
export const USAGE_TRAILING_DAYS = 7;
/** At most how far back daily records are read; the whole months before come from monthly records. */
const MAX_DAILY_DAYS = 400;

export type UsageTarget = { accountId: string; accountSid: string; connectionId: string; leaseOwner: string };

export type UsageImportOptions = {
  signal?: AbortSignal;
  /** After each stored chunk of daily records (progress, tests). */
  onUsageChunk?: (range: DayRange) => void;
};

/** Null when the usage was not read through: stopped, or unreadable (Twilio's answer is in TwilioAccount.usageError). */
export type UsageImport = { reread: DayRange } | null;

/**
 * Imports one account's own usage records after its calls and messages: daily ones from its first
 * call or message (at most MAX_DAILY_DAYS back) to today, a month at a time, each month replacing
 * the stored days and advancing AccountSync.usageDailyUntil so a stopped import resumes at the next
 * month; afterwards only the trailing days and what was never read. Monthly records cover the
 * months before the daily window, once. A grant that cannot read usage (404/20404, 403) marks the
 * account and returns null; revocation, 429s and 5xx throw as the call import's failures do.
 */
export async function importUsage(
  client: twilio.Twilio,
  target: UsageTarget,
  options: UsageImportOptions,
): Promise<UsageImport> {
  const db = getDb();
  const sync = await db.accountSync.findUniqueOrThrow({ where: { accountId: target.accountId } });
  const readAt = new Date();
  const today = startOfUtcDay(readAt);
  // Only the first import places the daily window, and the monthly records are read once.
  const firstActivity = sync.usageDailyFrom && sync.usageMonthlyDone ? null : await firstActivityDay(target);
  // Capped at a month start, so the months before the window are whole months of monthly records.
  const earliest = addDays(today, -MAX_DAILY_DAYS);
  const dailyFrom =
    sync.usageDailyFrom ??
    maxDate(firstActivity ?? today, new Date(Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth() + 1, 1)));
  // Every day not yet read, the trailing days, and the day before the last read up to today:
  // that one may have ended less than a day before it, so it was not settled then.
  const reread = {
    first: sync.usageDailyUntil
      ? maxDate(
          dailyFrom,
          minDate(
            sync.usageDailyUntil,
            addDays(today, -USAGE_TRAILING_DAYS),
            addDays(startOfUtcDay(sync.usageAsOf ?? readAt), -1),
          ),
        )
      : dailyFrom,
    last: today,
  };
  let until = sync.usageDailyUntil;
  try {
    for (const chunk of monthChunks(reread)) {
      if (options.signal?.aborted) return null;
      const requestedAt = new Date();
      const records = await readUsage(client, "daily", target.accountSid, chunk);
      await replaceUsage(target, "daily", chunk, records);
      until = maxDate(until ?? chunk.first, addDays(chunk.last, 1));
      await db.accountSync.update({
        where: { accountId: target.accountId },
        data: {
          usageDailyFrom: dailyFrom,
          usageDailyUntil: until,
          ...(chunk.last.getTime() === today.getTime() ? { usageAsOf: asOf(records, requestedAt) } : {}),
        },
      });
      options.onUsageChunk?.(chunk);
      if (!(await renewLease(target.accountId, target.leaseOwner)))
        throw new Error("The import lease was lost to another importer.");
    }
    if (!sync.usageMonthlyDone) await importMonths(client, target, firstActivity, dailyFrom);
  } catch (error) {
    const failure = isTwilioFailure(error) ? toTwilioError(error) : null;
    if (!failure || !(failure.kind === "not-found" || failure.status === 403)) throw error;
    await setUsageError(target, shortTwilioError(failure));
    return null;
  }
  await setUsageError(target, null);
  return { reread };
}

/** Monthly records for the whole months before the daily window (a capped window starts on a 1st), once. */
async function importMonths(
  client: twilio.Twilio,
  target: UsageTarget,
  firstActivity: Date | null,
  dailyFrom: Date,
): Promise<void> {
  if (firstActivity && firstActivity < dailyFrom) {
    const months = {
      first: new Date(Date.UTC(firstActivity.getUTCFullYear(), firstActivity.getUTCMonth(), 1)),
      last: addDays(dailyFrom, -1),
    };
    await replaceUsage(target, "monthly", months, await readUsage(client, "monthly", target.accountSid, months));
  }
  await getDb().accountSync.update({ where: { accountId: target.accountId }, data: { usageMonthlyDone: true } });
}

/** Every page of an account's usage records over a range of days. */
export async function readUsage(
  client: twilio.Twilio,
  period: UsagePeriod,
  accountSid: string,
  range: DayRange,
): Promise<UsageRecordWire[]> {
  const records: UsageRecordWire[] = [];
  let url: string | null = usageRecordsUrl(period, accountSid, {
    startDate: usageDay(range.first),
    endDate: usageDay(range.last),
  });
  while (url) {
    const page = await withPageSlot(() => fetchUsagePage(client, url ?? ""));
    records.push(...page.records);
    url = page.nextPageUrl;
  }
  return records;
}

/** The UTC day of the account's first imported call or message; null when it has none. */
async function firstActivityDay({ connectionId, accountSid }: UsageTarget): Promise<Date | null> {
  const db = getDb();
  const [calls, messages] = await Promise.all([
    db.call.aggregate({ where: { connectionId, accountSid }, _min: { startTime: true } }),
    db.message.aggregate({ where: { connectionId, accountSid }, _min: { dateSent: true } }),
  ]);
  const first = [calls._min.startTime, messages._min.dateSent].filter((d): d is Date => d !== null);
  return first.length ? startOfUtcDay(minDate(...first)) : null;
}

async function setUsageError({ connectionId, accountSid }: UsageTarget, usageError: string | null): Promise<void> {
  await getDb().twilioAccount.updateMany({
    where: { connectionId, sid: accountSid, usageError: usageError === null ? { not: null } : undefined },
    data: { usageError },
  });
}

/** What Twilio says the records are up to date as of (the oldest such claim); else when they were asked for. */
function asOf(records: readonly UsageRecordWire[], requestedAt: Date): Date {
  const stamps = records.map((record) => record.asOf).filter((stamp): stamp is Date => stamp !== null);
  return stamps.length ? minDate(...stamps) : requestedAt;
}

const minDate = (...dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));
const maxDate = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

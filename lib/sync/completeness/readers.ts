import "server-only";
import { getDb } from "@/lib/db";
import { addDays } from "../plan";
import { usageDay } from "../usage";
import type { Figures } from "./figures";
import { usageWindow } from "./settled";

/** A connection, or only some of its accounts (by SID). */
export type CompletenessScope = { connectionId: string; accountSids?: readonly string[] };

/** The accounts the check covers: imported, and their usage, calls and messages all readable. */
async function checkedAccounts({ connectionId, accountSids }: CompletenessScope) {
  return getDb().twilioAccount.findMany({
    where: {
      connectionId,
      closedAt: null,
      callsError: null,
      messagesError: null,
      usageError: null,
      ...(accountSids ? { sid: { in: [...accountSids] } } : {}),
    },
    select: { sid: true, friendlyName: true, sync: true },
  });
}

/**
 * The latest UTC day (`YYYY-MM-DD`) such that every settled day from the start of the daily usage
 * window up to it is verified in every account the check covers (an account's window starts at
 * its first call or message); null when there is none: an account's usage not read yet, or its
 * first settled day not verified.
 */
export async function getVerifiedThrough(scope: CompletenessScope): Promise<string | null> {
  const accounts = await checkedAccounts(scope);
  const windows = accounts.map((account) => ({ sid: account.sid, window: account.sync && usageWindow(account.sync) }));
  // Usage not read yet somewhere: nothing is known there.
  if (windows.length === 0 || windows.some(({ window }) => !window)) return null;
  // No settled day yet (an account whose first call was yesterday): nothing to hold back.
  const settled = windows.flatMap(({ sid, window }) =>
    window && window.settledUntil > window.from
      ? [{ sid, from: usageDay(window.from), last: usageDay(addDays(window.settledUntil, -1)) }]
      : [],
  );
  if (settled.length === 0) return null;
  // Per account, the first settled day not verified (or its last settled day when none), at once.
  const rows = await getDb().$queryRaw<{ through: Date }[]>`
    SELECT coalesce(min(d)::date - 1, a."last") AS through
    FROM json_to_recordset(${JSON.stringify(settled)}::json) AS a("sid" text, "from" date, "last" date)
    LEFT JOIN LATERAL generate_series(a."from", a."last", interval '1 day') AS d ON NOT EXISTS (
      SELECT 1 FROM "CompletenessCheck" c
      WHERE c."connectionId" = ${scope.connectionId} AND c."accountSid" = a."sid"
        AND c."day" = d::date AND c."status" = 'verified')
    GROUP BY a."sid", a."from", a."last"
    HAVING coalesce(min(d)::date - 1, a."last") >= a."from"`;
  if (rows.length < settled.length) return null; // some account's first settled day is not verified
  return usageDay(new Date(Math.min(...rows.map((row) => row.through.getTime()))));
}

export type MismatchedDay = {
  accountSid: string;
  accountName: string;
  /** The UTC day, `YYYY-MM-DD`. */
  day: string;
  imported: Figures;
  usage: Figures;
  /** False when some imported call or message had no price: prices were not compared. */
  pricesSettled: boolean;
  reimportedAt: Date | null;
  checkedAt: Date;
};

/** The days whose imported calls or messages still differ from Twilio's usage, newest first, per account. */
export async function getMismatchedDays(scope: CompletenessScope): Promise<MismatchedDay[]> {
  const accounts = await checkedAccounts(scope);
  const names = new Map(accounts.map((account) => [account.sid, account.friendlyName]));
  const rows = await getDb().completenessCheck.findMany({
    where: { connectionId: scope.connectionId, accountSid: { in: [...names.keys()] }, status: "mismatch" },
    orderBy: [{ day: "desc" }, { accountSid: "asc" }],
  });
  return rows.map((row) => ({
    accountSid: row.accountSid,
    accountName: names.get(row.accountSid) ?? row.accountSid,
    day: usageDay(row.day),
    imported: {
      calls: row.importedCalls,
      minutes: row.importedMinutes,
      callPrice: Number(row.importedCallPrice),
      messages: row.importedMessages,
      messagePrice: Number(row.importedMessagePrice),
    },
    usage: {
      calls: row.usageCalls,
      minutes: row.usageMinutes,
      callPrice: Number(row.usageCallPrice),
      messages: row.usageMessages,
      messagePrice: Number(row.usageMessagePrice),
    },
    pricesSettled: row.pricesSettled,
    reimportedAt: row.reimportedAt,
    checkedAt: row.checkedAt,
  }));
}

/** Account-days by the check's verdict: pending ones are not settled yet (their usage may still change). */
export type CompletenessCounts = { verified: number; mismatch: number; pending: number };

export async function getCompletenessCounts(scope: CompletenessScope): Promise<CompletenessCounts> {
  const accounts = await checkedAccounts(scope);
  const groups = await getDb().completenessCheck.groupBy({
    by: ["status"],
    where: { connectionId: scope.connectionId, accountSid: { in: accounts.map((account) => account.sid) } },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return { verified: count("verified"), mismatch: count("mismatch"), pending: count("pending") };
}

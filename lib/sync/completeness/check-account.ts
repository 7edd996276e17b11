import "server-only";
import type twilio from "twilio";
import { getDb } from "@/lib/db";
import type { MonthlyRebuilds } from "@/lib/rollups";
import type { ListName } from "@/lib/twilio";
import { renewLease } from "../lease";
import { addDays } from "../plan";
import { consecutiveRuns, readUsage, replaceUsage, type DayRange } from "../usage";
import { agrees } from "./compare";
import { dayFigures } from "./figures";
import { reimportDay } from "./reimport-day";
import { saveChecks, type CheckResult } from "./save-checks";
import { usageWindow } from "./settled";

/** A mismatched day is imported again by a sync at most this often. */
const REIMPORT_EVERY_MS = 24 * 60 * 60 * 1000;

export type CheckTarget = {
  accountId: string;
  accountSid: string;
  connectionId: string;
  leaseOwner: string;
  lists: readonly ListName[];
};

export type CheckOptions = {
  /**
   * "sync": the settled days never checked, pending or mismatched, the days whose usage this sync
   * read again (`reread`), and the days not settled yet (kept as pending). "recheck": the
   * mismatched days only, their usage read again, each imported again whenever it last was.
   */
  mode: "sync" | "recheck";
  reread?: DayRange | null;
  signal?: AbortSignal;
  monthlyRebuilds: MonthlyRebuilds;
};

/**
 * Checks one account's imported calls and messages against its usage, per UTC day, under the
 * account's import lease. A settled day that does not agree is imported again once and checked
 * again; if it still differs it is kept as a mismatch with both figures. Accounts whose calls or
 * messages the grant cannot read are not checked: their usage would never agree. Returns the
 * mismatched days among those checked.
 */
export async function checkAccount(client: twilio.Twilio, target: CheckTarget, options: CheckOptions): Promise<number> {
  if (target.lists.length < 2) return 0;
  const db = getDb();
  const sync = await db.accountSync.findUnique({ where: { accountId: target.accountId } });
  const window = sync && usageWindow(sync);
  if (!window) return 0;
  const account = { connectionId: target.connectionId, accountSid: target.accountSid };
  const known = new Map(
    (
      await db.completenessCheck.findMany({
        where: account,
        select: { day: true, status: true, reimportedAt: true },
        orderBy: { day: "asc" },
      })
    ).map((check) => [check.day.getTime(), check]),
  );
  const days: Date[] = [];
  if (options.mode === "recheck") {
    for (const check of known.values()) if (check.status === "mismatch") days.push(check.day);
  } else {
    const rereadFrom = options.reread?.first.getTime() ?? Infinity;
    for (let day = window.from; day < window.until; day = addDays(day, 1)) {
      const status = known.get(day.getTime())?.status;
      if (day >= window.settledUntil || status !== "verified" || day.getTime() >= rereadFrom) days.push(day);
    }
  }

  const results: CheckResult[] = [];
  for (const run of consecutiveRuns(days)) {
    if (options.signal?.aborted) break;
    if (options.mode === "recheck")
      await replaceUsage(account, "daily", run, await readUsage(client, "daily", target.accountSid, run));
    for (const figures of await dayFigures(account, run)) {
      if (figures.day >= window.settledUntil) results.push({ ...figures, status: "pending", reimportedAt: null });
      else if (agrees(figures)) results.push({ ...figures, status: "verified", reimportedAt: null });
      else {
        const last = known.get(figures.day.getTime())?.reimportedAt;
        const due = options.mode === "recheck" || !last || Date.now() - last.getTime() >= REIMPORT_EVERY_MS;
        if (!due || options.signal?.aborted) {
          results.push({ ...figures, status: "mismatch", reimportedAt: null });
          continue;
        }
        const reimportedAt = new Date();
        if (!(await reimportDay(client, target, figures.day, options))) {
          results.push({ ...figures, status: "mismatch", reimportedAt: null }); // stopped: not imported again
          continue;
        }
        if (!(await renewLease(target.accountId, target.leaseOwner)))
          throw new Error("The import lease was lost to another importer.");
        const [again = figures] = await dayFigures(account, { first: figures.day, last: figures.day });
        results.push({ ...again, status: agrees(again) ? "verified" : "mismatch", reimportedAt });
      }
    }
  }
  await saveChecks(account, results);
  return results.filter((result) => result.status === "mismatch").length;
}

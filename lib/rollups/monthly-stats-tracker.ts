import "server-only";
import { getDb } from "@/lib/db";
import { monthsOf, monthStart, quarterStart, type Period } from "@/lib/time";
import { withMonths, withoutSpan, type Coverage } from "./monthly-coverage";
import { MonthlyRebuilds, type MonthRebuild } from "./month-rebuilds";

// The monthly stats (CallNumberMonthlyStat, CallBreakdownMonthlyStat) sum a connection's calls per
// UTC month. Each account's coverage (TwilioAccount.monthlyStatsFrom/Until) says which months
// include all of its calls. An import takes the months it will write into out of its coverage
// before writing, rebuilds each month as soon as every window touching it is read, and adds the
// months back. A crash in between leaves months uncounted, so the dashboard reads their calls
// instead of stale sums. Rebuilding during the import, month by month, overlaps Twilio's latency.

/** A window of an import as the tracker reads it: its calls or messages, its span, whether it is read. */
export type ImportWindow = { list: string; from: string; to: string; done: boolean };

type AccountRef = { connectionId: string; accountSid: string };

async function readCoverage({ connectionId, accountSid }: AccountRef): Promise<Coverage> {
  const account = await getDb().twilioAccount.findUnique({
    where: { connectionId_sid: { connectionId, sid: accountSid } },
  });
  return { from: account?.monthlyStatsFrom ?? null, until: account?.monthlyStatsUntil ?? null };
}

async function saveCoverage({ connectionId, accountSid }: AccountRef, coverage: Coverage): Promise<void> {
  await getDb().twilioAccount.updateMany({
    where: { connectionId, sid: accountSid },
    data: { monthlyStatsFrom: coverage.from, monthlyStatsUntil: coverage.until },
  });
}

/**
 * Keeps one account's monthly stats in step with an import of `windows` (its plan's windows; the
 * import flips their `done`). Rebuilds run one at a time in the background; `finish` waits for them.
 */
export function monthlyStatsTracker(
  account: AccountRef,
  windows: readonly ImportWindow[],
  {
    historyImported,
    signal,
    rebuilds = new MonthlyRebuilds(account.connectionId),
  }: { historyImported: boolean; signal?: AbortSignal; rebuilds?: MonthlyRebuilds },
) {
  const callWindows = windows.filter((window) => window.list === "calls");
  const spanOf = (window: ImportWindow): Period => ({ start: new Date(window.from), end: new Date(window.to) });
  const touches = (window: ImportWindow, month: Period) =>
    spanOf(window).end > month.start && spanOf(window).start < month.end;
  let months = callWindows.length > 0 ? monthsOf(hull(callWindows.map(spanOf))) : [];
  // When each window was seen read (its rows committed by then), and when the rows of each month
  // counted here were summed, on this process's monotonic clock.
  const readAt = new Map<ImportWindow, number>();
  const summedAt = new Map<number, number>();
  const stampReadWindows = () => {
    for (const window of callWindows) if (window.done && !readAt.has(window)) readAt.set(window, performance.now());
  };
  let coverage: Coverage = { from: null, until: null };
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown;

  const counted = (month: Period) =>
    coverage.until !== null && month.end <= coverage.until && (!coverage.from || month.start >= coverage.from);
  const isRebuilt = (month: Period) => summedAt.has(month.start.getTime());
  const ready = (month: Period) =>
    !isRebuilt(month) && callWindows.every((window) => window.done || !touches(window, month));
  // A month this import still has to rebuild does not count until it is, so neither does its
  // quarter: summing the quarter waits for the last of its months.
  const quarterLater = (month: Period) =>
    months.some(
      (other) =>
        other.start.getTime() !== month.start.getTime() &&
        quarterOf(other.start) === quarterOf(month.start) &&
        !isRebuilt(other) &&
        !counted(other),
    );

  // A rebuild (another account's, or one running) covers this account's month if it began after
  // the account's windows in the month were read and, when the quarter is due, summed the quarter
  // after the account's other months in it were.
  const covers = (other: MonthRebuild | undefined, month: Period, withQuarter: boolean): other is MonthRebuild => {
    if (!other) return false;
    const lastRead = Math.max(
      ...callWindows.filter((window) => touches(window, month)).map((window) => readAt.get(window) ?? Infinity),
    );
    if (other.startedAt < lastRead) return false;
    if (!withQuarter) return true;
    const othersInQuarter = [...summedAt].filter(
      ([start]) => start !== month.start.getTime() && quarterOf(new Date(start)) === quarterOf(month.start),
    );
    return other.withQuarter && othersInQuarter.every(([, at]) => other.startedAt >= at);
  };
  /** When the rows this account counts for the month were summed: by a covering rebuild, or a fresh one. */
  const sum = async (month: Period, withQuarter: boolean): Promise<number> => {
    const latest = rebuilds.latestOf(month.start);
    if (covers(latest, month, withQuarter)) {
      const succeeded = await latest.done.then(
        () => true,
        () => false,
      );
      if (succeeded) return latest.startedAt;
    }
    return rebuilds.fresh(month.start, withQuarter);
  };

  const catchUp = async () => {
    stampReadWindows();
    for (const month of months.filter((m) => ready(m) && !counted(m))) {
      // A run out of time stops between months; the next one picks up those not counted.
      if (signal?.aborted) return;
      const withQuarter = !quarterLater(month);
      summedAt.set(month.start.getTime(), await sum(month, withQuarter));
      // Months rebuilt out of order join once the gap closes.
      coverage = withMonths(coverage, months.filter(isRebuilt));
      await saveCoverage(account, coverage);
    }
  };
  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((error: unknown) => void (failure ??= error));
  };

  return {
    /**
     * Before the import writes: the months its unread windows touch stop counting. When the history
     * before the plan is already imported but not all counted (stats added to an existing
     * deployment, reset by a migration, or left behind by a run that ran out of time after its
     * last window), its months are rebuilt too.
     */
    async start(): Promise<void> {
      coverage = await readCoverage(account);
      const unread = callWindows.filter((window) => !window.done).map(spanOf);
      if (unread.length > 0) coverage = withoutSpan(coverage, hull(unread));
      await saveCoverage(account, coverage);
      stampReadWindows();
      const planStart = months[0]?.start;
      const reachesPlan =
        coverage.from === null && coverage.until !== null && (!planStart || coverage.until >= planStart);
      if (historyImported && !reachesPlan) {
        const first = await getDb().call.findFirst({
          where: { connectionId: account.connectionId, accountSid: account.accountSid },
          orderBy: { startTime: "asc" },
          select: { startTime: true },
        });
        if (first)
          months = monthsOf(
            hull([{ start: first.startTime, end: monthStart(first.startTime, 1) }, ...callWindows.map(spanOf)]),
          );
      }
      enqueue(catchUp);
    },
    /** After a calls window is read: rebuild the months no unread window touches any more. */
    windowRead(): void {
      stampReadWindows();
      enqueue(catchUp);
    },
    /**
     * Waits for the rebuilds. Once the import is complete its months start at the account's first
     * call, so coverage that reaches them reaches back to the beginning (and an account without
     * calls is counted up to now).
     */
    async finish({ complete }: { complete: boolean }): Promise<void> {
      enqueue(catchUp);
      await chain;
      if (failure) throw failure;
      if (!complete) return;
      const first = months[0];
      if (!first) coverage = { from: null, until: monthStart(new Date(), 1) };
      else if (coverage.from?.getTime() === first.start.getTime()) coverage = { from: null, until: coverage.until };
      await saveCoverage(account, coverage);
    },
  };
}

const quarterOf = (month: Date) => quarterStart(month).getTime();

function hull(spans: readonly Period[]): Period {
  return {
    start: new Date(Math.min(...spans.map((span) => span.start.getTime()))),
    end: new Date(Math.max(...spans.map((span) => span.end.getTime()))),
  };
}

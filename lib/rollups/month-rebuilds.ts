import "server-only";
import { rebuildMonthlyStats } from "./monthly-stats";

/** A rebuild of one month: when it started (this process's monotonic clock) and whether it summed the quarter. */
export type MonthRebuild = { startedAt: number; withQuarter: boolean; done: Promise<void> };

type Queued = { options: { withQuarter: boolean }; started: Promise<MonthRebuild> };

/**
 * The month rebuilds of one sync of a connection, shared by its accounts' trackers. A rebuild sums
 * every account's calls, so an account whose windows in a month were read before a rebuild began
 * needs no other; and accounts that finish reading while one runs share the next. Otherwise a
 * connection of ten busy accounts rebuilt each month ten times, on every sync.
 */
export class MonthlyRebuilds {
  private readonly latest = new Map<number, MonthRebuild>();
  private readonly queued = new Map<number, Queued>();

  constructor(
    private readonly connectionId: string,
    private readonly rebuild: typeof rebuildMonthlyStats = rebuildMonthlyStats,
  ) {}

  /** The month's latest rebuild to have started, running or done. */
  latestOf(month: Date): MonthRebuild | undefined {
    return this.latest.get(month.getTime());
  }

  /**
   * A rebuild of the month that starts from now on: the one waiting for the running one to finish
   * if there is one (summing the quarter too when asked), else a new one. Resolves once it is done,
   * with when it started.
   */
  async fresh(month: Date, withQuarter: boolean): Promise<number> {
    const key = month.getTime();
    let queued = this.queued.get(key);
    if (queued) queued.options.withQuarter ||= withQuarter;
    else {
      const options = { withQuarter };
      queued = { options, started: this.startAfterLatest(month, options) };
      this.queued.set(key, queued);
    }
    const started = await queued.started;
    await started.done;
    return started.startedAt;
  }

  private async startAfterLatest(month: Date, options: { withQuarter: boolean }): Promise<MonthRebuild> {
    const key = month.getTime();
    await this.latest.get(key)?.done.catch(() => undefined);
    // From here on, later requests queue behind this one.
    this.queued.delete(key);
    const started: MonthRebuild = {
      startedAt: performance.now(),
      withQuarter: options.withQuarter,
      done: this.rebuild(this.connectionId, month, { quarter: options.withQuarter }),
    };
    this.latest.set(key, started);
    return started;
  }
}

// A bench connection filled with synthetic calls and its rollups, as a finished import leaves it;
// shared by the query timings (bench/dashboard.ts) and the browser timings (bench/browser.ts).
import type { Database } from "@/lib/db";
import { CALL_STATS, rebuildAllMonthlyStats, rebuildStats, type RecordStats } from "@/lib/rollups";
import { BENCH_ACCOUNTS, insertSyntheticCalls } from "./dashboard-data";

/** A connection of the bench's three accounts, in `workspaceId` or in a workspace of its own. */
export async function createBenchConnection(db: Database, workspaceId?: string): Promise<string> {
  const { id: connectionId } = await db.twilioConnection.create({
    data: {
      ...(workspaceId ? { workspaceId } : { workspace: { create: { name: "Bench" } } }),
      connectAccountSid: `AC${"e".repeat(32)}`,
    },
  });
  await db.twilioAccount.createMany({
    data: BENCH_ACCOUNTS.map((sid) => ({
      connectionId,
      sid,
      ownerAccountSid: BENCH_ACCOUNTS[0] ?? sid,
      friendlyName: sid,
      status: "active",
    })),
  });
  return connectionId;
}

const DAY_MS = 86_400_000;

/**
 * The hourly rollups of the 367 days before `now`, 30 days at a time, as an import rebuilds the
 * days of each window it read: a year of ten million calls in one rebuild outlasts the rebuild
 * transaction's limit.
 */
export async function rebuildByMonth(stats: RecordStats, connectionId: string, now: Date): Promise<void> {
  const first = Math.floor(now.getTime() / DAY_MS) * DAY_MS - 367 * DAY_MS;
  for (let from = first; from < now.getTime(); from += 30 * DAY_MS)
    await rebuildStats(stats, connectionId, new Date(from), new Date(Math.min(from + 30 * DAY_MS, now.getTime())));
}

export type SeedTimes = { insertMs: number; rebuildHourlyStatsMs: number; rebuildMonthlyStatsMs: number };

/**
 * `calls` synthetic calls over the year before `now`, then the hourly and monthly rollups rebuilt
 * and the tables vacuumed and analyzed. Milliseconds of each step.
 */
export async function seedCalls(db: Database, connectionId: string, calls: number, now: Date): Promise<SeedTimes> {
  let started = performance.now();
  await insertSyntheticCalls(db, connectionId, calls, now);
  const insertMs = performance.now() - started;
  started = performance.now();
  await rebuildByMonth(CALL_STATS, connectionId, now);
  const rebuildHourlyStatsMs = performance.now() - started;
  started = performance.now();
  await rebuildAllMonthlyStats(connectionId);
  const rebuildMonthlyStatsMs = performance.now() - started;
  // Autovacuum vacuums and analyzes a table soon after this many inserts (PostgreSQL 13+). Without
  // statistics the planner guesses one row per table; without the visibility map every scan
  // checks each row's transaction (measured: a year's parallel scan 216 -> 72 ms per worker).
  // Either way the timings would say nothing about a running deployment.
  await db.$executeRaw`VACUUM ANALYZE "Call"`;
  await db.$executeRaw`VACUUM ANALYZE "CallHourlyStat"`;
  await db.$executeRaw`VACUUM ANALYZE "CallNumberMonthlyStat"`;
  await db.$executeRaw`VACUUM ANALYZE "CallBreakdownMonthlyStat"`;
  return { insertMs, rebuildHourlyStatsMs, rebuildMonthlyStatsMs };
}

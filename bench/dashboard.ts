// The dashboard's queries over a large synthetic history, called by bench/index.ts (npm run bench).
// Run under `--conditions=react-server` like the rest of the bench: lib/ modules are server-only.
import { loadavg } from "node:os";
import * as analytics from "../lib/analytics";
import { installDatabase, openMigratedDatabase } from "../lib/db";
import {
  DEFAULT_CALL_FILTERS,
  DEFAULT_MESSAGE_FILTERS,
  type CallFilters,
  resolveRange,
  type ResolvedRange,
} from "@/lib/filters";
import { MESSAGE_STATS, rebuildStaleMonths } from "@/lib/rollups";
import { insertSyntheticMessages } from "./dashboard-data";
import { createBenchConnection, rebuildByMonth, seedCalls } from "./seed-calls";

type Options = { databaseUrl: string; calls: number; messages: number; log: (line: string) => void };

const RUNS = 5;

/** A query's median time over RUNS runs, and the fastest and slowest run (the spread). */
type Timing = { median: number; min: number; max: number };

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(RUNS / 2)] ?? NaN, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

async function timeRuns(run: () => Promise<unknown>): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return timing(times);
}

/** Every overview panel's query, keyed by panel, as the page runs them. */
function panelQueries(q: analytics.AnalyticsQuery, range: ResolvedRange): Record<string, () => Promise<unknown>> {
  return {
    kpis: () => analytics.getKpis(q, range.previous),
    callVolume: () => analytics.getCallVolume(q, range.bucket),
    directionSplit: () => analytics.getDirectionSplit(q),
    durationDistribution: () => analytics.getDurationDistribution(q),
    costOverTime: () => analytics.getCostOverTime(q, range.bucket),
    busiestHours: () => analytics.getBusiestHours(q),
    topNumbers: () => analytics.getTopNumbers(q),
    countries: () => analytics.getCountries(q),
    numberTypes: () => analytics.getNumberTypes(q),
    answeredBy: () => analytics.getAnsweredBy(q),
  };
}

/** Every messages-overview panel's query, keyed by panel, as the page runs them. */
function messagePanelQueries(q: analytics.MessageQuery, range: ResolvedRange): Record<string, () => Promise<unknown>> {
  return {
    messageKpis: () => analytics.getMessageKpis(q, range.previous),
    messageVolume: () => analytics.getMessageVolume(q, range.bucket),
    deliveryFunnel: () => analytics.getDeliveryFunnel(q),
    errorCodes: () => analytics.getMessageErrors(q),
    channels: () => analytics.getMessageChannels(q),
    messageBusiestHours: () => analytics.getMessageBusiestHours(q),
    messageCountries: () => analytics.getMessageCountries(q),
    topMessageNumbers: () => analytics.getTopMessageNumbers(q),
  };
}

/**
 * Streaming times without starting a production server: the page starts every panel's query at
 * once (each panel is its own async component under Suspense), so "first panel" is when the first
 * of them resolves in a parallel run and "whole page" is when the last does. Rendering and network
 * time are left out; these are the database's share.
 */
async function pageTimes(queries: (() => Promise<unknown>)[]): Promise<{ firstPanel: Timing; wholePage: Timing }> {
  const firsts: number[] = [];
  const wholes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const done = queries.map((query) => query().then(() => performance.now() - started));
    firsts.push(await Promise.race(done));
    wholes.push(Math.max(...(await Promise.all(done))));
  }
  return { firstPanel: timing(firsts), wholePage: timing(wholes) };
}

/**
 * Fills a fresh database with `calls` synthetic calls of one connection (3 accounts, a year),
 * rebuilds the rollups (hourly and monthly), then times every overview query and the call log for
 * 30 and 365 days in UTC and in Kolkata (half-hour offset: the rollups split in halves).
 * Milliseconds, median of 5 runs. Then the same for
 * `messages` synthetic messages and the messages overview's queries.
 */
export async function benchDashboard({ databaseUrl, calls, messages, log }: Options): Promise<Record<string, number>> {
  const opened = await openMigratedDatabase(databaseUrl);
  installDatabase(opened);
  const results: Record<string, number> = {};
  try {
    const connectionId = await createBenchConnection(opened.db);
    const now = new Date();
    const seeded = await seedCalls(opened.db, connectionId, calls, now);
    Object.assign(results, seeded);
    log(
      `${calls.toLocaleString("en-US")} calls inserted in ${fmt(seeded.insertMs)} ms, hourly stats rebuilt in ${fmt(seeded.rebuildHourlyStatsMs)} ms, ` +
        `monthly stats in ${fmt(seeded.rebuildMonthlyStatsMs)} ms`,
    );
    // How many calls the call log's tail indexes hold (each cost the import one insert).
    const tails = await opened.db.$queryRaw<{ index: string; entries: number }[]>`
      SELECT relname AS index, reltuples::float8 AS entries FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace AND relname LIKE 'Call\_%\_tail\_idx' ORDER BY 1`;
    log(`tail indexes: ${tails.map((tail) => `${tail.index} ${fmt(tail.entries)} entries`).join(", ")}`);

    const today = now.toISOString().slice(0, 10);
    const yearAgo = new Date(now.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
    const cases: Case[] = ["UTC", "Asia/Kolkata"].flatMap((tz): Case[] => [
      [`30d-${tz}`, { range: "30d", tz }],
      [`365d-${tz}`, { range: "custom", from: yearAgo, to: today, tz }],
    ]);
    for (const [label, patch] of cases) {
      const filters = { ...DEFAULT_CALL_FILTERS, ...patch };
      const range = resolveRange(filters, now);
      const q = analytics.toAnalyticsQuery(connectionId, filters, range);
      // One of the 5,000 callers' numbers: a search for a number, as a user types one.
      const searched = { ...q, numberQuery: "+14150001234" };
      await timeCase(label, panelQueries(q, range), results, log, {
        callLogFirstPage: () => analytics.getCallLog(q, { sort: analytics.DEFAULT_CALL_LOG_SORT }),
        callLogByDuration: () => analytics.getCallLog(q, { sort: { column: "duration", order: "desc" } }),
        callLogByCost: () => analytics.getCallLog(q, { sort: { column: "price", order: "desc" } }),
        callLogNumberSearch: () => analytics.getCallLog(searched, { sort: analytics.DEFAULT_CALL_LOG_SORT }),
        kpisWithNumberSearch: () => analytics.getKpis(searched, range.previous),
      });
    }
    if (messages > 0) await benchMessages(opened.db, connectionId, messages, now, cases, results, log);
    return results;
  } finally {
    await opened.close();
  }
}

const fmt = (ms: number) => ms.toLocaleString("en-US", { maximumFractionDigits: 1 });

/**
 * Times each of a case's queries alone, then the page's panels all at once; results get each
 * median, the log line each median with its spread, and the load average the machine ran at.
 */
async function timeCase(
  label: string,
  panels: Record<string, () => Promise<unknown>>,
  results: Record<string, number>,
  log: (line: string) => void,
  others: Record<string, () => Promise<unknown>> = {},
): Promise<void> {
  const timings: [string, Timing][] = [];
  for (const [name, run] of Object.entries({ ...panels, ...others })) timings.push([name, await timeRuns(run)]);
  const page = await pageTimes(Object.values(panels));
  timings.push(["firstPanel", page.firstPanel], ["wholePage", page.wholePage]);
  for (const [name, { median }] of timings) results[`${label}.${name}Ms`] = median;
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  log(
    `${label}: ${timings.map(([name, t]) => `${name} ${fmt(t.median)} (${fmt(t.min)}–${fmt(t.max)})`).join(", ")} ` +
      `(ms, median of ${RUNS} (fastest–slowest); load average ${load})`,
  );
}

type Case = [string, Partial<CallFilters>];

async function benchMessages(
  db: Awaited<ReturnType<typeof openMigratedDatabase>>["db"],
  connectionId: string,
  messages: number,
  now: Date,
  cases: Case[],
  results: Record<string, number>,
  log: (line: string) => void,
): Promise<void> {
  let started = performance.now();
  await insertSyntheticMessages(db, connectionId, messages, now);
  results.insertMessagesMs = performance.now() - started;
  started = performance.now();
  await rebuildByMonth(MESSAGE_STATS, connectionId, now);
  await rebuildStaleMonths(MESSAGE_STATS, connectionId);
  results.rebuildMessageStatsMs = performance.now() - started;
  // As for the calls: statistics and the visibility map, as autovacuum leaves them.
  await db.$executeRaw`VACUUM ANALYZE "Message"`;
  await db.$executeRaw`VACUUM ANALYZE "MessageHourlyStat"`;
  await db.$executeRaw`VACUUM ANALYZE "MessageDailyBreakdown"`;
  await db.$executeRaw`VACUUM ANALYZE "MessageMonthlyBreakdown"`;
  log(
    `${messages.toLocaleString("en-US")} messages inserted in ${fmt(results.insertMessagesMs)} ms, ` +
      `their hourly, daily and monthly sums rebuilt in ${fmt(results.rebuildMessageStatsMs)} ms`,
  );
  for (const [label, patch] of cases) {
    const filters = { ...DEFAULT_MESSAGE_FILTERS, ...patch, status: [] };
    const range = resolveRange(filters, now);
    const queries = messagePanelQueries(analytics.toMessageQuery(connectionId, filters, range), range);
    await timeCase(`messages-${label}`, queries, results, log);
  }
}

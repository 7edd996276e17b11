// The dashboard's queries over a large synthetic history, called by bench/index.ts (npm run bench).
// Run under `--conditions=react-server` like the rest of the bench: lib/ modules are server-only.
import * as analytics from "../lib/analytics";
import { installDatabase, openMigratedDatabase } from "../lib/db";
import {
  DEFAULT_CALL_FILTERS,
  DEFAULT_MESSAGE_FILTERS,
  type CallFilters,
  resolveRange,
  type ResolvedRange,
} from "@/lib/filters";
import { MESSAGE_STATS, rebuildStaleMonths, rebuildStats } from "@/lib/rollups";
import { insertSyntheticMessages } from "./dashboard-data";
import { createBenchConnection, seedCalls } from "./seed-calls";

type Options = { databaseUrl: string; calls: number; messages: number; log: (line: string) => void };

const RUNS = 5;

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
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
async function pageTimes(queries: (() => Promise<unknown>)[]): Promise<{ firstPanel: number; wholePage: number }> {
  const firsts: number[] = [];
  const wholes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const done = queries.map((query) => query().then(() => performance.now() - started));
    firsts.push(await Promise.race(done));
    wholes.push(Math.max(...(await Promise.all(done))));
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
  return { firstPanel: mid(firsts), wholePage: mid(wholes) };
}

/**
 * Fills a fresh database with `calls` synthetic calls of one connection (3 accounts, a year),
 * rebuilds the rollups (hourly and monthly), then times every overview query for 30 and 365 days in New York (rollups)
 * and 365 days in Kolkata (half-hour offset: the rollups split in halves). Milliseconds, median of 5 runs.
 * 1M calls: about 15 s to load on PostgreSQL, 35 s on in-memory PGlite. Then the same for
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

    const today = now.toISOString().slice(0, 10);
    const yearAgo = new Date(now.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
    const cases: Case[] = [
      ["30d", { range: "30d", tz: "America/New_York" }],
      ["365d", { range: "custom", from: yearAgo, to: today, tz: "America/New_York" }],
      ["365d-kolkata", { range: "custom", from: yearAgo, to: today, tz: "Asia/Kolkata" }],
    ];
    for (const [label, patch] of cases) {
      const filters = { ...DEFAULT_CALL_FILTERS, ...patch };
      const range = resolveRange(filters, now);
      const q = analytics.toAnalyticsQuery(connectionId, filters, range);
      const queries = panelQueries(q, range);
      const timed: Record<string, () => Promise<unknown>> = {
        ...queries,
        callLogFirstPage: () => analytics.getCallLog(q, { sort: analytics.DEFAULT_CALL_LOG_SORT }),
        callLogByDuration: () => analytics.getCallLog(q, { sort: { column: "duration", order: "desc" } }),
        kpisWithNumberSearch: () => analytics.getKpis({ ...q, numberQuery: "+1415000" }, range.previous),
      };
      for (const [name, run] of Object.entries(timed)) results[`${label}.${name}Ms`] = await median(run);
      const page = await pageTimes(Object.values(queries));
      results[`${label}.firstPanelMs`] = page.firstPanel;
      results[`${label}.wholePageMs`] = page.wholePage;
      log(
        `${label}: ${Object.entries(results)
          .filter(([key]) => key.startsWith(`${label}.`))
          .map(([key, ms]) => `${key.slice(label.length + 1, -2)} ${fmt(ms)}`)
          .join(", ")} (ms, median of ${RUNS})`,
      );
    }
    if (messages > 0) await benchMessages(opened.db, connectionId, messages, now, cases, results, log);
    return results;
  } finally {
    await opened.close();
  }
}

const fmt = (ms: number) => ms.toLocaleString("en-US", { maximumFractionDigits: 1 });

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
  await rebuildStats(MESSAGE_STATS, connectionId, new Date(now.getTime() - 367 * 86_400_000), now);
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
    const key = `messages-${label}`;
    for (const [name, run] of Object.entries(queries)) results[`${key}.${name}Ms`] = await median(run);
    const page = await pageTimes(Object.values(queries));
    results[`${key}.firstPanelMs`] = page.firstPanel;
    results[`${key}.wholePageMs`] = page.wholePage;
    log(
      `${key}: ${Object.entries(results)
        .filter(([name]) => name.startsWith(`${key}.`))
        .map(([name, ms]) => `${name.slice(key.length + 1, -2)} ${fmt(ms)}`)
        .join(", ")} (ms, median of ${RUNS})`,
    );
  }
}

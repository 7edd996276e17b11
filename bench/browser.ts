// The dashboard timed in a real browser, called by bench/index.ts (npm run bench): a database
// seeded with synthetic calls, the production server on it, a signed-in Chromium, and the Export
// CSV download with the server's memory watched.
import { readFile, rm } from "node:fs/promises";
import { chromium, devices, type Page } from "@playwright/test";
import { installDatabase, openMigratedDatabase } from "@/lib/db";
import { dashboardHref } from "@/lib/dashboard";
import { DEFAULT_CALL_FILTERS, serializeFilters, type CallFilters } from "@/lib/filters";
import { createWorkspace, workspacePath } from "@/lib/workspaces";
import playwrightConfig from "../playwright.config";
import { startStack } from "../scripts/lib/stack";
import { createBenchConnection, seedCalls } from "./seed-calls";

const RUNS = 5;
const EXPORT_RUNS = 3;
const DAY_MS = 86_400_000;

type Options = {
  label: string;
  /** A PostgreSQL URL, or a folder for PGlite (the server opens it after the seeding closed it). */
  databaseUrl: string;
  calls: number;
  /** The app's port; its simulator takes the next one. */
  appPort: number;
  /** Rows of the CSV export: the newest days holding about that many calls. 0: no export. */
  exportRows: number;
  log: (line: string) => void;
};

type Spread = { median: number; min: number; max: number };

const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
};

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = ({ median, min, max }: Spread) => `${fmt(median)} ms (${fmt(min)}–${fmt(max)})`;

/**
 * Runs in the page before its own scripts: records, from navigation start (performance.now()),
 * when the first content slot and when every slot has its content. Slots are the overview's
 * panels (`data-panel`, components/dashboard/panel-slot.tsx) or the call log's table. A panel
 * has content once its skeleton (aria-busy) has been replaced ("streamed in": the server's part
 * done) and each of its charts is drawn (recharts draws its SVG only after hydration, in the
 * browser); the call log once it has rows.
 * Plain JavaScript in a string: tsx would wrap a compiled function's inner functions in a helper
 * the page does not have.
 */
const WATCH_SLOTS = `(() => {
  const times = { first: null, streamed: null, all: null, failed: 0 };
  const slots = () => [...document.querySelectorAll('[data-panel], [data-testid="call-log"]')];
  const hasContent = (slot) =>
    slot.matches("[data-panel]")
      ? !slot.querySelector('[aria-busy="true"]') &&
        [...slot.querySelectorAll(".recharts-responsive-container")].every((chart) => chart.querySelector("svg"))
      : slot.querySelector("tbody tr") !== null;
  // What is still waiting, for the message when a page never completes.
  const pending = () => slots().filter((slot) => !hasContent(slot)).map((slot) => slot.getAttribute("data-panel") ?? "call log");
  window.__benchTimes = times;
  window.__benchPending = pending;
  const observer = new MutationObserver(() => {
    const present = slots();
    const ready = present.filter(hasContent);
    const now = performance.now();
    if (times.first === null && ready.length > 0) times.first = now;
    if (times.streamed === null && present.length > 0 && present.every((slot) => !slot.querySelector('[aria-busy="true"]')))
      times.streamed = now;
    if (present.length > 0 && ready.length === present.length) {
      times.all = now;
      times.failed = present.filter((slot) => slot.querySelector('[role="alert"]')).length;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

type PageTimes = { first: number; streamed: number; all: number; failed: number };

async function timePage(page: Page, url: string): Promise<PageTimes> {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page
    .waitForFunction(
      () => {
        const times = (window as unknown as { __benchTimes?: { all: number | null } }).__benchTimes;
        return times?.all != null ? times : null;
      },
      undefined,
      { timeout: 180_000, polling: 50 },
    )
    .catch(async (error: Error) => {
      const pending = await page.evaluate(() =>
        (window as unknown as { __benchPending: () => string[] }).__benchPending(),
      );
      throw new Error(`${url}: no content in ${pending.join(", ") || "any slot"} (${error.message})`);
    });
  return (await handle.jsonValue()) as PageTimes;
}

async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Name").fill("Bench");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Sign in to the demo" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor({ timeout: 60_000 });
}

/** The server's resident memory, from /proc (Linux). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

type ExportFigures = { rows: number; seconds: number; rowsPerSecond: number; rssGrowthMb: number };

/** One Export CSV download, read as fast as it comes, the server's RSS sampled meanwhile. */
async function timeExport(url: string, cookie: string, appPid: number): Promise<ExportFigures> {
  const before = await rssMb(appPid);
  let peak = before;
  const sampler = setInterval(() => {
    rssMb(appPid).then(
      (mb) => (peak = Math.max(peak, mb)),
      () => undefined,
    );
  }, 50);
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    let lines = 0;
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const chunk = read.value;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, await rssMb(appPid));
    const rows = lines - 1; // the header
    return { rows, seconds, rowsPerSecond: rows / seconds, rssGrowthMb: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Seeds `calls` calls (a year) into a connection of a new person's workspace, starts the production
 * server on that database, signs that person in with Chromium and times the overview (365 and 30
 * days) and the call log: first panel and every panel with content, from navigation start, median
 * and range of 5 loads after one warm-up load. Then downloads Export CSV of about `exportRows`
 * calls 3 times. Prints its tables with `log`.
 */
export async function benchBrowser({ label, databaseUrl, calls, appPort, exportRows, log }: Options): Promise<void> {
  const isPglite = !/^postgres(ql)?:/.test(databaseUrl);
  if (isPglite) await rm(databaseUrl, { recursive: true, force: true });
  const email = `bench-browser-${Date.now()}@example.com`;
  const opened = await openMigratedDatabase(databaseUrl);
  installDatabase(opened);
  const now = new Date();
  let workspaceId: string;
  let connectionId: string;
  try {
    const user = await opened.db.user.create({ data: { email, name: "Bench" } });
    workspaceId = await createWorkspace(user, "Bench");
    connectionId = await createBenchConnection(opened.db, workspaceId);
    const started = performance.now();
    const seed = await seedCalls(opened.db, connectionId, calls, now);
    log(
      `${fmt(calls)} calls seeded in ${fmt((performance.now() - started) / 1000, 1)} s ` +
        `(insert ${fmt(seed.insertMs / 1000, 1)} s, hourly rollups ${fmt(seed.rebuildHourlyStatsMs / 1000, 1)} s, ` +
        `monthly rollups ${fmt(seed.rebuildMonthlyStatsMs / 1000, 1)} s, the rest vacuum and analyze)`,
    );
  } finally {
    await opened.close();
  }

  const { appUrl, appPid } = await startStack({ nodeEnv: "test", appPort, simPort: appPort + 1, databaseUrl });
  if (!appPid) throw new Error("the app server has no process id");
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    const context = await browser.newContext({ ...devices["Desktop Chrome"], baseURL: appUrl });
    await context.addInitScript(WATCH_SLOTS);
    const page = await context.newPage();
    await signIn(page, email);

    const href = (path: string, filters: Partial<CallFilters>) =>
      dashboardHref(
        workspacePath(workspaceId, path),
        connectionId,
        serializeFilters({ ...DEFAULT_CALL_FILTERS, tz: "UTC", ...filters }),
      );
    const year = { range: "custom", from: isoDay(new Date(now.getTime() - 364 * DAY_MS)), to: isoDay(now) } as const;
    const pages: [string, string][] = [
      ["overview, 365 days", href("/dashboard", year)],
      ["overview, 30 days", href("/dashboard", { range: "30d" })],
      ["call log, 365 days", href("/calls", year)],
    ];
    const lines = [
      `| ${label}, ${fmt(calls)} calls | first panel | all panels streamed in | all panels drawn |`,
      "| --- | ---: | ---: | ---: |",
    ];
    for (const [name, url] of pages) {
      await timePage(page, url);
      const runs: PageTimes[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await timePage(page, url));
      const failed = Math.max(...runs.map((run) => run.failed));
      if (failed > 0) throw new Error(`${name}: ${failed} panel(s) showed an error`);
      const column = (key: "first" | "streamed" | "all") => ms(spread(runs.map((run) => run[key])));
      lines.push(`| ${name} | ${column("first")} | ${column("streamed")} | ${column("all")} |`);
    }
    log(`Chromium, from navigation start, median of ${RUNS} loads after a warm-up (min–max):\n${lines.join("\n")}`);

    if (exportRows <= 0) return;
    const days = Math.max(1, Math.min(365, Math.ceil((365 * exportRows) / calls)));
    const from = isoDay(new Date(now.getTime() - (days - 1) * DAY_MS));
    const exportUrl = `${appUrl}${dashboardHref(
      "/api/calls/export",
      connectionId,
      serializeFilters({ ...DEFAULT_CALL_FILTERS, tz: "UTC", range: "custom", from, to: isoDay(now) }),
    )}`;
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const exports: ExportFigures[] = [];
    for (let i = 0; i < EXPORT_RUNS; i += 1) exports.push(await timeExport(exportUrl, cookie, appPid));
    const rate = spread(exports.map((e) => e.rowsPerSecond));
    const growth = spread(exports.map((e) => e.rssGrowthMb));
    log(
      `Export CSV of the last ${days} days, ${fmt(exports[0]?.rows ?? 0)} rows, ${EXPORT_RUNS} downloads: ` +
        `${fmt(rate.median)} rows/s (${fmt(rate.min)}–${fmt(rate.max)}), ` +
        `${fmt(spread(exports.map((e) => e.seconds)).median, 1)} s; server RSS growth ${fmt(growth.median)} MB ` +
        `(${fmt(growth.min)}–${fmt(growth.max)}; peak during the download minus before it)`,
    );
  } finally {
    await browser.close();
  }
}

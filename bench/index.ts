// npm run bench – import throughput of calls, then of messages, against the simulator at realistic
// latency (lib/sync vs the SDK's sequential paging, same database), then the dashboard's queries
// over 1M stored calls and 1M stored messages, then the dashboard and Export CSV in Chromium against
// the production server over 10M calls on PostgreSQL and 1M on PGlite (bench/browser.ts).
//   npm run bench -- --sizes=10000,100000,1000000 --message-sizes=100000 --latency=150
//                    --dashboard-calls=1000000 --dashboard-messages=1000000
//                    --browser-calls=10000000 --browser-pglite-calls=1000000 --export-rows=1000000
//                    --browser-port=3240 --sim-port=3232
//                    [--skip-imports] [--skip-baseline] [--skip-messages] [--skip-dashboard] [--skip-pglite]
//                    [--skip-browser]
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import pg from "pg";
import { createSimControlClient } from "../sim/control-client";
import { DEMO_AUTH_TOKEN } from "@/lib/env";
import type { ListName } from "@/lib/twilio";
import { start, stopAll, waitForUrl } from "../scripts/lib/processes";
import { benchImport, type ImportFigures } from "./import";

// The benchmark prints its own figures; the import's step lines would interleave with them.
process.env.LOG_LEVEL ??= "warn";

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string]),
);
const flag = (name: string) => Object.hasOwn(args, name);
const sizesOf = (list: string) => list.split(",").map(Number);
// Each list's accounts hold that list's records only.
const imports: { list: ListName; sizes: number[] }[] = flag("skip-imports")
  ? []
  : [
      { list: "calls", sizes: sizesOf(args.sizes ?? "10000,100000,1000000") },
      { list: "messages", sizes: flag("skip-messages") ? [] : sizesOf(args["message-sizes"] ?? "100000") },
    ];
const latency = Number(args.latency ?? 150);
const dashboardCalls = Number(args["dashboard-calls"] ?? 1_000_000);
const dashboardMessages = Number(args["dashboard-messages"] ?? 1_000_000);
const browserCalls = Number(args["browser-calls"] ?? 10_000_000);
const browserPgliteCalls = Number(args["browser-pglite-calls"] ?? 1_000_000);
const exportRows = Number(args["export-rows"] ?? 1_000_000);
// Each server takes this port and the next (its simulator): PostgreSQL's, then PGlite's.
const browserPort = Number(args["browser-port"] ?? 3240);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const simPort = Number(args["sim-port"] ?? 3232);
const schemas: string[] = [];
// A folder, not memory: the browser step's server opens the database the bench seeded.
const pgliteDir = ".data/bench/pglite";

function schemaUrl(label: string): string {
  const schema = `bench_${label}_${randomBytes(4).toString("hex")}`;
  schemas.push(schema);
  const url = new URL(serverUrl);
  url.searchParams.set("schema", schema);
  return url.toString();
}

async function dropDatabases() {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
  await rm(pgliteDir, { recursive: true, force: true });
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const cpu = (seconds: number | null) => (seconds === null ? "not readable" : `${fmt(seconds, 1)} s`);
const row = (list: ListName, f: ImportFigures) =>
  `${fmt(f.perSecond)} ${list}/s, ${fmt(f.seconds, 1)} s, CPU: importer ${fmt(f.cpuSeconds, 1)} s + PostgreSQL ${cpu(f.postgresCpuSeconds)}, peak RSS ${fmt(f.peakRssMb)} MB`;

async function main() {
  console.log(`Import benchmark: simulator latency ${latency} ms per request, PostgreSQL ${new URL(serverUrl).host}\n`);
  start("twilio-sim", "node_modules/.bin/tsx", ["sim/server.ts"], {
    ...process.env,
    SIM_PORT: String(simPort),
    SIM_LATENCY_MS: String(latency),
  });
  const simUrl = `http://127.0.0.1:${simPort}`;
  // This process links the benchmark's accounts through lib/connections, as the app would.
  Object.assign(process.env, { DEMO_MODE: "true", TWILIO_API_BASE_URL: simUrl, TWILIO_AUTH_TOKEN: DEMO_AUTH_TOKEN });
  await waitForUrl(`${simUrl}/_sim/state`);
  const sim = createSimControlClient(simUrl);

  const tables: string[] = [];
  for (const { list, sizes } of flag("skip-imports") ? [] : imports.filter((run) => run.sizes.length > 0)) {
    const lines = [
      `| ${list} | SDK sequential paging | lib/sync, whole sync | lib/sync, records only | speed-up on records (whole sync) |`,
      "| ---: | --- | --- | --- | ---: |",
    ];
    for (const records of sizes) {
      const { baseline, sync } = await benchImport({
        list,
        records,
        simUrl,
        sim,
        authToken: DEMO_AUTH_TOKEN,
        databaseUrl: schemaUrl,
        skipBaseline: flag("skip-baseline"),
      });
      // The baseline only stores records; the sync then imports usage and checks completeness
      // (a dozen round trips at the simulator's latency), so the fair comparison is on records.
      const ratio = baseline ? sync.recordsPerSecond / baseline.perSecond : NaN;
      const wholeRatio = baseline ? sync.perSecond / baseline.perSecond : NaN;
      const baselineRow = baseline ? row(list, baseline) : undefined;
      const recordsRow = `${fmt(sync.recordsPerSecond)} ${list}/s, ${fmt(sync.recordsSeconds, 1)} s`;
      console.log(
        `${fmt(records)} ${list}\n  baseline ${baselineRow ?? "skipped"}\n  lib/sync ${row(list, sync)}\n` +
          `  lib/sync records only (until the last page is stored) ${recordsRow}\n` +
          `  ratio    ${fmt(ratio, 1)}× on records (${fmt(wholeRatio, 1)}× on the whole sync)\n`,
      );
      lines.push(
        `| ${fmt(records)} | ${baselineRow ?? "—"} | ${row(list, sync)} | ${recordsRow} | ${fmt(ratio, 1)}× (${fmt(wholeRatio, 1)}×) |`,
      );
    }
    tables.push(lines.join("\n"));
  }
  console.log(tables.join("\n\n"));

  if (!flag("skip-dashboard")) await dashboardQueries();
  if (!flag("skip-browser")) await dashboardInBrowser();
}

async function dashboardQueries() {
  const { benchDashboard } = await import("./dashboard");
  // PGlite holds its database in this process's memory: ten million calls would not fit.
  const databases = [["PostgreSQL", schemaUrl("dashboard")] as const, ["PGlite", "memory://"] as const];
  for (const [label, databaseUrl] of databases.filter(([label]) => label !== "PGlite" || !flag("skip-pglite"))) {
    console.log(
      `\nDashboard queries over ${fmt(dashboardCalls)} calls and ${fmt(dashboardMessages)} messages on ${label}`,
    );
    await benchDashboard({
      databaseUrl,
      calls: dashboardCalls,
      messages: dashboardMessages,
      log: (line) => console.log(`  ${line}`),
    });
  }
}

async function dashboardInBrowser() {
  const { benchBrowser } = await import("./browser");
  const runs = [
    { label: "PostgreSQL", databaseUrl: schemaUrl("browser"), calls: browserCalls, exportRows },
    { label: "PGlite", databaseUrl: pgliteDir, calls: browserPgliteCalls, exportRows: 0 },
  ];
  for (const [index, run] of runs.entries()) {
    if (run.calls <= 0) continue;
    console.log(`\nDashboard in Chromium, production server, ${fmt(run.calls)} calls on ${run.label}`);
    await benchBrowser({ ...run, appPort: browserPort + 2 * index, log: (line) => console.log(`  ${line}`) });
  }
}

main()
  .then(dropDatabases)
  .then(() => stopAll(0))
  .catch(async (error: Error) => {
    console.error(error.stack ?? error.message);
    await dropDatabases().catch(() => undefined);
    stopAll(1);
  });

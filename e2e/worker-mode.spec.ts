import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import pg from "pg";
import { createSimControlClient } from "../sim/control-client";
import { kpi, parseCount } from "./dashboard-page";
import { DEMO_SIM_PORT, SPARE_PORT } from "./config";
import { connectThroughTwilio, expect, newPerson, signIn, test } from "./fixtures";

// IMPORTS=worker as an operator runs it: a web process and two `npm run worker` processes on one
// PostgreSQL (a schema of its own on TEST_DATABASE_URL's server), the simulator beside them, on
// ports of their own. One worker is killed mid-import; the other must finish the import.
const SERVER_URL = process.env.TEST_DATABASE_URL;
test.skip(!SERVER_URL, "worker mode needs PostgreSQL: set TEST_DATABASE_URL");
test.describe.configure({ timeout: 150_000 });

const APP = `http://localhost:${SPARE_PORT}`;
const SIM = `http://127.0.0.1:${DEMO_SIM_PORT}`;
const DATA_DIR = ".data/e2e/worker-mode";
const SCHEMA = `e2e_worker_${randomBytes(4).toString("hex")}`;
const sim = createSimControlClient(SIM);

type Started = { process: ChildProcess; output: () => string };
const started: Started[] = [];

function databaseUrl(): string {
  const url = new URL(SERVER_URL ?? "");
  url.searchParams.set("schema", SCHEMA);
  return url.toString();
}

/** Runs a command in a process group of its own, its output kept. */
function launch(command: string, args: string[], env: Record<string, string>): Started {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const entry = { process: child, output: () => output };
  started.push(entry);
  return entry;
}

const shared = { DATABASE_URL: databaseUrl(), IMPORTS: "worker" };
const METRICS_TOKEN = "e2e-worker-metrics-token-4c1d9a";
/** The ports the two workers answer scrapes on: below the spare server's, which nothing else uses. */
const workerMetricsPorts = [SPARE_PORT - 2, SPARE_PORT - 3];

/** `npm run worker` itself (node with tsx in one process: its pid is the one its leases name). */
const startWorker = (metricsPort: number) => ({
  ...launch(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    ...shared,
    NODE_ENV: "test",
    DEMO_MODE: "true",
    TWILIO_API_BASE_URL: SIM,
    METRICS_TOKEN,
    WORKER_METRICS_PORT: String(metricsPort),
  }),
  metricsPort,
});

/** One sample of a worker's own metrics (WORKER_METRICS_PORT). */
async function workerMetric(port: number, name: string, labels = ""): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  const line = (await response.text()).split("\n").find((text) => text.startsWith(`${name}${labels} `));
  return Number(line?.split(" ")[1] ?? NaN);
}

async function query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${SCHEMA}"`);
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The pids of the processes holding the connection's account leases right now. */
async function leaseHolders(connectionId: string): Promise<number[]> {
  const rows = await query<{ leaseOwner: string }>(
    `SELECT "leaseOwner" FROM "AccountSync" WHERE "connectionId" = $1 AND "leaseOwner" IS NOT NULL`,
    [connectionId],
  );
  // The owner is host:pid:uuid (lib/sync).
  return [...new Set(rows.map((row) => Number(row.leaseOwner.split(":")[1])))];
}

async function storedCalls(connectionId: string) {
  const [row] = await query<{ rows: number; sids: number }>(
    `SELECT count(*)::int AS "rows", count(DISTINCT "sid")::int AS "sids" FROM "Call" WHERE "connectionId" = $1`,
    [connectionId],
  );
  return row!;
}

test.beforeAll(async () => {
  await rm(DATA_DIR, { recursive: true, force: true });
  const demo = launch(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/demo.ts"], {
    ...shared,
    PORT: String(SPARE_PORT),
    SIM_PORT: String(DEMO_SIM_PORT),
    DEMO_DATA_DIR: DATA_DIR,
  });
  await expect.poll(demo.output, { timeout: 120_000, intervals: [250] }).toMatch(/demo is running|exited|Error/);
  expect(demo.output()).toContain("demo is running");
});

test.afterAll(async () => {
  for (const { process: child } of started) {
    try {
      process.kill(-(child.pid ?? 0), "SIGINT");
    } catch {
      // already gone
    }
  }
  await Promise.all(
    started.map(({ process: child }) =>
      child.exitCode !== null || child.signalCode !== null
        ? undefined
        : new Promise((resolve) => child.once("exit", resolve)),
    ),
  );
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await admin.end();
});

test("a worker's import is finished by the other worker when it is killed, every call stored once", async ({
  page,
}) => {
  const workers = workerMetricsPorts.map(startWorker);
  const web = started[0]!;
  const person = newPerson("worker-mode");
  // Many slow pages, so the import is still running when its worker is killed.
  const twilioUser = await sim.createUser({
    ...person,
    historyDays: 20,
    calls: 16_000,
    subaccounts: [{ friendlyName: "Support", calls: 4_000 }],
  });
  for (const account of twilioUser.accounts) await sim.setFaults(account.sid, { latencyMs: 1_500 });
  const total = twilioUser.accounts.reduce((sum, account) => sum + account.calls, 0);

  await signIn(page, person, `${APP}/signin`);
  await connectThroughTwilio(page, twilioUser.email, "Authorize", SIM);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  const connectedAt = Date.now();
  await expect(page.getByTestId("first-sync")).toBeVisible();

  // From here on the page must update itself: a reload or navigation would drop this mark.
  await page.evaluate(() => Object.assign(window, { arrivedOnce: true }));

  // A worker picks the request up within seconds; it is killed a quarter of the way in.
  const pids = workers.map((worker) => worker.process.pid);
  await expect.poll(() => leaseHolders(connectionId), { timeout: 15_000, intervals: [100] }).toHaveLength(1);
  console.log(`a worker held the leases ${Date.now() - connectedAt} ms after the Connect redirect`);
  const [holderPid] = await leaseHolders(connectionId);
  expect(pids).toContain(holderPid);
  await expect
    .poll(async () => (await storedCalls(connectionId)).rows, { timeout: 60_000, intervals: [250] })
    .toBeGreaterThanOrEqual(total / 4);

  const killed = workers.find((worker) => worker.process.pid === holderPid)!;
  const survivor = workers.find((worker) => worker !== killed)!;
  process.kill(-holderPid!, "SIGKILL");
  const killedAt = Date.now();
  const atKill = await storedCalls(connectionId);
  console.log(`calls stored when the worker was killed: ${atKill.rows} of ${total}`);
  expect(atKill.rows, "the import was still running when its worker was killed").toBeLessThan(total);
  // Meanwhile the dashboard shows the import as waiting, not as stopped.
  await expect(page.getByTestId("first-sync")).toBeVisible();

  // Once the dead worker's heartbeat is stale, the other takes the request and the leases over.
  await expect
    .poll(() => leaseHolders(connectionId), { timeout: 60_000, intervals: [250] })
    .toEqual([survivor.process.pid]);
  console.log(`the other worker took the leases over ${Date.now() - killedAt} ms after the kill`);
  await expect.poll(async () => (await storedCalls(connectionId)).rows, { timeout: 60_000 }).toBe(total);
  expect(await storedCalls(connectionId)).toEqual({ rows: total, sids: total });
  // The dashboard fills in to the simulator's count, with no reload.
  await expect.poll(async () => parseCount(await kpi(page, "Calls").innerText()), { timeout: 30_000 }).toBe(total);
  expect(await page.evaluate(() => Object.hasOwn(window, "arrivedOnce"))).toBe(true);
  await expect.poll(() => query(`SELECT 1 FROM "ImportRequest"`), { timeout: 30_000 }).toEqual([]);

  // The web process queued the import and ran none of it.
  expect(web.output()).not.toMatch(/"msg":"import step"/);
  expect(survivor.output()).toMatch(/"msg":"import claimed"/);
  // The survivor's own metrics say so: it stored at least the calls left at the kill, took the
  // dead worker's leases over, and nothing waits.
  const storedBySurvivor = await workerMetric(
    survivor.metricsPort,
    "call_analytics_records_imported_total",
    '{list="calls"}',
  );
  expect(storedBySurvivor).toBeGreaterThanOrEqual(total - atKill.rows);
  expect(await workerMetric(survivor.metricsPort, "call_analytics_lease_takeovers_total")).toBeGreaterThanOrEqual(1);
  expect(await workerMetric(survivor.metricsPort, "call_analytics_import_queue_depth")).toBe(0);
  // The workers' logs name no phone number in full (the logger masks them) and hold no Auth Token:
  // neither the Connect App's, which the workers use, nor any account's.
  const { connectApp, users } = await sim.state();
  const tokens = [connectApp.authToken, ...users.flatMap((user) => user.accounts.map((account) => account.authToken))];
  for (const worker of workers) {
    expect(worker.output()).toMatch(/"msg":"import worker started"/);
    expect(worker.output()).not.toMatch(/\+\d{7,15}/);
    for (const token of tokens) expect(worker.output()).not.toContain(token);
  }

  // SIGTERM: the worker stops claiming and exits on its own.
  const exited = new Promise((resolve) => survivor.process.once("exit", (code) => resolve(code)));
  process.kill(survivor.process.pid!, "SIGTERM");
  await expect(exited).resolves.toBe(0);
  expect(survivor.output()).toMatch(/"msg":"import worker stopped"/);
});

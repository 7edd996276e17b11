import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import { createSimControlClient } from "../sim/control-client";
import { sourceStamp } from "../scripts/lib/build";
import { DEMO_SIM_PORT, SPARE_PORT } from "./config";
import { connectThroughTwilio, expect, newPerson, signIn, test } from "./fixtures";

// npm run demo as a person runs it, on ports of its own, reusing the production build the suite
// already made (the source stamp says it is current, so the demo does not build again).
test.describe.configure({ timeout: 240_000 });

const APP = `http://localhost:${SPARE_PORT}`;
const DATA_DIR = ".data/e2e/demo";
const demoSim = createSimControlClient(`http://127.0.0.1:${DEMO_SIM_PORT}`);

type Demo = { process: ChildProcess; output: () => string; exited: Promise<void> };

const portFree = (port: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Demos a failed test left running, stopped after it. */
const running = new Set<ChildProcess>();

async function startDemo(): Promise<Demo> {
  expect(await portFree(SPARE_PORT, "::"), `port ${SPARE_PORT} is taken`).toBe(true);
  expect(await portFree(DEMO_SIM_PORT, "127.0.0.1"), `port ${DEMO_SIM_PORT} is taken`).toBe(true);
  const child = spawn("npm", ["run", "demo"], {
    env: { ...process.env, PORT: String(SPARE_PORT), SIM_PORT: String(DEMO_SIM_PORT), DEMO_DATA_DIR: DATA_DIR },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, as a terminal gives a command: Ctrl+C signals that group.
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => running.delete(child));
  await expect.poll(() => output, { timeout: 120_000, intervals: [250] }).toMatch(/demo is running|exited|Error/);
  expect(output).toContain("Production build: up to date with the sources.");
  expect(output).toContain("demo is running");
  return { process: child, output: () => output, exited };
}

/** Every process started under `pid`, read from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // The parent's pid is the second field after the command name, which is in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const queue = [pid];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const below = children.get(next) ?? [];
    found.push(...below);
    queue.push(...below);
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops the demo as `how` says and checks nothing it started is left, and its ports are free. */
async function stopDemo(demo: Demo, how: "Ctrl+C" | "SIGINT" | "SIGTERM") {
  const pid = demo.process.pid ?? 0;
  const started = descendants(pid);
  // The app server and the simulator at least, each with the processes it forks.
  expect(started.length, demo.output()).toBeGreaterThanOrEqual(4);
  if (how === "Ctrl+C") process.kill(-pid, "SIGINT");
  else process.kill(pid, how);
  await expect(
    Promise.race([demo.exited.then(() => "exited"), delay(15_000)]),
    `the demo ignored ${how}`,
  ).resolves.toBe("exited");
  await expect.poll(() => started.filter(alive), { timeout: 10_000 }).toEqual([]);
  expect(await portFree(SPARE_PORT, "::")).toBe(true);
  expect(await portFree(DEMO_SIM_PORT, "127.0.0.1")).toBe(true);
}

test.beforeAll(async () => {
  const stamp = readFileSync(".next/source-stamp", "utf8");
  expect(sourceStamp(process.env), "the suite's build is current, so the demo will not rebuild it").toBe(stamp);
  await rm(DATA_DIR, { recursive: true, force: true });
});

test.afterEach(async () => {
  for (const child of running) process.kill(-(child.pid ?? 0), "SIGINT");
  await expect.poll(() => running.size, { timeout: 15_000 }).toBe(0);
});

test("a restarted demo keeps its connection active and Refresh now imports new calls", async ({ page }) => {
  let demo = await startDemo();
  // One of the simulator's own seeded users, as a person trying the demo would pick.
  const twilioUser = (await demoSim.state()).users.find((user) => user.email === "katherine@example.com");
  if (!twilioUser) throw new Error("the simulator has no seeded user katherine@example.com");
  const seeded = twilioUser.accounts.reduce((sum, account) => sum + account.calls, 0);
  await signIn(page, newPerson("demo"), `${APP}/signin`);
  await connectThroughTwilio(page, twilioUser.email, "Authorize", `http://127.0.0.1:${DEMO_SIM_PORT}`);
  await expect(page).toHaveURL(/\/dashboard\?connection=/);
  const connectionId = new URL(page.url()).searchParams.get("connection") ?? "";
  const status = async () =>
    (await (await page.request.get(`${APP}/api/connections/${connectionId}/sync`)).json()) as {
      connectionStatus: string;
      sync: { state: string; firstSyncComplete: boolean; callsImported: number };
    };
  await expect.poll(async () => (await status()).sync.firstSyncComplete, { timeout: 60_000 }).toBe(true);
  expect((await status()).sync.callsImported).toBe(seeded);
  await stopDemo(demo, "Ctrl+C");

  demo = await startDemo();
  const { calls: added } = await demoSim.addCalls(twilioUser.ownerAccountSid, { count: 3 });
  await page.goto(`${APP}/dashboard?connection=${connectionId}`);
  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect.poll(async () => (await status()).sync.callsImported, { timeout: 60_000 }).toBe(seeded + added.length);
  const after = await status();
  expect([after.connectionStatus, after.sync.state]).toEqual(["active", "idle"]);
  await page.goto(`${APP}/dashboard?connection=${connectionId}`);
  await expect(page.getByText(/was revoked/i)).toHaveCount(0);
  await stopDemo(demo, "SIGTERM");
});

test("SIGINT to the npm run demo process alone stops everything it started", async () => {
  await stopDemo(await startDemo(), "SIGINT");
});

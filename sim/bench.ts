// npx tsx --expose-gc sim/bench.ts – CPU, latency and memory of a 1,000,000-call account's pages
// (and of its 200,000 messages' first page).
// The simulator runs in a child process so that its CPU time is measured apart from this client's:
// on the benchmark machine that CPU is what the importer under test loses. With --expose-gc the
// memory lines are taken after a collection, so they show what is retained.
import { fork, type ChildProcess } from "node:child_process";
import { createSimControlClient } from "./control-client";
import { startSimulator } from "./index";

const REPEATS = 20;
const WALK_PAGES = 50;

type Probe = { cpuMs: number; systemMs: number; rss: number; heapUsed: number };
type ChildMessage = { url: string; authToken: string } | Probe;

/** The child: a simulator that answers every IPC message with its CPU time and memory. */
async function serve(): Promise<void> {
  const sim = await startSimulator({ port: 0, freezeClock: true });
  process.on("message", (kind) => {
    // Only memory probes collect: a full collection inside a CPU measurement would inflate it.
    if (kind === "memory") (globalThis as { gc?: () => void }).gc?.();
    const { user, system } = process.cpuUsage();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ cpuMs: (user + system) / 1000, systemMs: system / 1000, rss, heapUsed } satisfies Probe);
  });
  process.on("disconnect", () => void sim.close());
  process.send?.({ url: sim.url, authToken: sim.config.authToken });
}

function nextMessage(child: ChildProcess): Promise<ChildMessage> {
  return new Promise((resolve) => child.once("message", (message) => resolve(message as ChildMessage)));
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const child = fork(process.argv[1] ?? "", ["--serve"]);
  const ready = await nextMessage(child);
  if (!("url" in ready)) throw new Error("the simulator did not start");
  const probe = async (kind: "cpu" | "memory"): Promise<Probe> => {
    child.send(kind);
    return (await nextMessage(child)) as Probe;
  };
  const memory = async (label: string) => {
    const { rss, heapUsed } = await probe("memory");
    console.log(`${label.padEnd(44)} rss ${mb(rss).padStart(9)}   heap ${mb(heapUsed).padStart(9)}`);
  };

  const control = createSimControlClient(ready.url);
  await memory("after start (seeded demo, ~20k calls)");
  const user = await control.createUser({
    name: "Bench",
    email: "bench@example.com",
    calls: 1_000_000,
    messages: 200_000,
    historyDays: 365,
  });
  await memory("after creating a 1,000,000-call account");
  const { accountSid } = await control.authorize({ email: "bench@example.com" });
  const auth = `Basic ${Buffer.from(`${accountSid}:${ready.authToken}`).toString("base64")}`;
  const calls = `/2010-04-01/Accounts/${user.ownerAccountSid}/Calls.json?PageSize=1000`;
  const middle = new Date(Date.parse(user.accounts[0]?.historyStart ?? "") + 182 * 86_400_000).toISOString();

  const page = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${ready.url}${path}`, { headers: { Authorization: auth } });
    const body = (await response.json()) as { next_page_uri: string | null };
    return { ms: performance.now() - started, next: body.next_page_uri };
  };
  /** `pages` requests from `start`, each one the same page again or the next one. */
  const measure = async (label: string, start: string, pages: number, follow: boolean) => {
    const before = await probe("cpu");
    const latencies: number[] = [];
    let path: string | null = start;
    for (let p = 0; p < pages && path; p++) {
      const { ms, next } = await page(path);
      latencies.push(ms);
      path = follow ? next : path;
    }
    const after = await probe("cpu");
    const perPage = (ms: number) => (ms / latencies.length).toFixed(1).padStart(5);
    const cpu = `CPU ${perPage(after.cpuMs - before.cpuMs)} ms/page (system ${perPage(after.systemMs - before.systemMs)})`;
    console.log(`${label.padEnd(44)} ${cpu}   median ${median(latencies).toFixed(1)} ms over ${latencies.length}`);
  };

  let deep: string | null = calls;
  for (let p = 0; p < WALK_PAGES && deep; p++) deep = (await page(deep)).next; // also warms up the JIT
  await measure("1000-call page, newest first", calls, REPEATS, false);
  await measure(`1000-call pages via PageToken (${WALK_PAGES})`, calls, WALK_PAGES, true);
  await measure(`1000-call page ${WALK_PAGES} deep`, deep ?? calls, REPEATS, false);
  await measure("1000-call page, StartTime<= mid-history", `${calls}&StartTime%3C=${middle}`, REPEATS, false);
  await measure("1000-call page, StartTime>= mid-history", `${calls}&StartTime%3E=${middle}`, REPEATS, false);
  const messages = `/2010-04-01/Accounts/${user.ownerAccountSid}/Messages.json?PageSize=1000`;
  let warm: string | null = messages;
  for (let p = 0; p < WALK_PAGES && warm; p++) warm = (await page(warm)).next;
  await measure("1000-message page, newest first", messages, REPEATS, false);
  await memory("after paging");
  child.disconnect();
}

(process.argv[2] === "--serve" ? serve() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// npx tsx --expose-gc sim/bench.ts – page latency over HTTP and memory of a 1,000,000-call account.
// With --expose-gc the memory lines are taken after a collection, so they show what is retained.
import { createSimControlClient } from "./control-client";
import { startSimulator } from "./index";

const SAMPLES = 21;
const PAGES = 20;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function memory(label: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  console.log(`${label.padEnd(44)} rss ${mb(rss).padStart(9)}   heap ${mb(heapUsed).padStart(9)}`);
}

async function timedPage(url: string, auth: string): Promise<{ ms: number; next: string | null; count: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: auth } });
  const page = (await response.json()) as { calls: unknown[]; next_page_uri: string | null };
  return { ms: performance.now() - started, next: page.next_page_uri, count: page.calls.length };
}

async function main(): Promise<void> {
  const sim = await startSimulator({ port: 0, freezeClock: true });
  const control = createSimControlClient(sim.url);
  memory("after start (seeded demo, ~20k calls)");

  const user = await control.createUser({ name: "Bench", email: "bench@example.com", calls: 1_000_000, historyDays: 365 });
  memory("after creating a 1,000,000-call account");
  const { accountSid } = await control.authorize({ email: "bench@example.com" });
  const auth = `Basic ${Buffer.from(`${accountSid}:${sim.config.authToken}`).toString("base64")}`;
  const calls = `${sim.url}/2010-04-01/Accounts/${user.ownerAccountSid}/Calls.json`;

  const first: number[] = [];
  for (let i = 0; i < SAMPLES; i++) first.push((await timedPage(`${calls}?PageSize=1000`, auth)).ms);
  const middle = new Date(Date.parse(user.accounts[0]?.historyStart ?? "") + 182 * 86_400_000).toISOString();
  const ranged: number[] = [];
  for (let i = 0; i < SAMPLES; i++) ranged.push((await timedPage(`${calls}?PageSize=1000&StartTime%3C=${middle}`, auth)).ms);

  const walk: number[] = [];
  let url: string | null = `${calls}?PageSize=1000`;
  let total = 0;
  for (let p = 0; p < PAGES && url; p++) {
    const page = await timedPage(url, auth);
    walk.push(page.ms);
    total += page.count;
    url = page.next ? `${sim.url}${page.next}` : null;
  }
  memory(`after paging ${PAGES} pages (${total} calls)`);

  console.log(`1000-call page, newest first:       median ${median(first).toFixed(1)} ms over ${SAMPLES}`);
  console.log(`1000-call page, mid-history range:  median ${median(ranged).toFixed(1)} ms over ${SAMPLES}`);
  console.log(`1000-call pages via PageToken:      median ${median(walk).toFixed(1)} ms over ${walk.length}`);
  await sim.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

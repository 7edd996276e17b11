import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { linkTwilioAccount } from "@/lib/connections";
import { syncConnection } from "@/lib/sync";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { sampleOf } from "@/tests/helpers/metrics";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { GET } from "@/app/api/metrics/route";

const TOKEN = "metrics-test-token-0123456789";
process.env.METRICS_TOKEN = TOKEN;

const simulator = startAppSimulator();

function scrapeWith(authorization?: string): Promise<Response> {
  const headers = authorization === undefined ? undefined : { authorization };
  return GET(new Request("http://localhost:3000/api/metrics", { headers }));
}

async function scrape(): Promise<string> {
  const response = await scrapeWith(`Bearer ${TOKEN}`);
  expect(response.status).toBe(200);
  return response.text();
}

// Every answer the SDK's own client got from the simulator, under the app's retries.
const answers: number[] = [];
beforeAll(() => {
  const send = twilio.RequestClient.prototype.request;
  vi.spyOn(twilio.RequestClient.prototype, "request").mockImplementation(async function (this: unknown, options) {
    const response = await send.call(this as never, options as never);
    answers.push(response.statusCode);
    return response;
  });
});

describe.each(testDatabaseKinds())("GET /api/metrics on %s", (kind) => {
  let opened: OpenedDatabase;
  let owner: Awaited<ReturnType<typeof newWorkspaceOwner>>;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    owner = await newWorkspaceOwner(opened.db, `metrics-${kind}@example.com`);
  });
  afterAll(async () => opened?.close());

  async function connected(label: string, calls: number, messages: number) {
    const email = `${label}-${kind}-${Date.now()}@example.com`;
    const user = await simulator.current.control.createUser({ name: label, email, calls, messages });
    const { connectionId } = await linkTwilioAccount(owner.target, await simulator.current.connect(email));
    return { connectionId, accountSid: user.ownerAccountSid };
  }

  it("answers 401 without a token and with a wrong one, 200 in Prometheus' format with it", async () => {
    expect((await scrapeWith()).status).toBe(401);
    expect((await scrapeWith(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrapeWith(`Bearer ${TOKEN.slice(1)}`)).status).toBe(401);
    expect((await scrapeWith(TOKEN)).status).toBe(401);
    const response = await scrapeWith(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await response.text()).toContain("# TYPE call_analytics_records_imported_total counter");
  });

  it("counts the records an import stores, by list", async () => {
    const { connectionId } = await connected("records", 300, 120);
    const before = await scrape();
    const outcome = await syncConnection(connectionId);
    expect(outcome.status).toBe("done");
    const after = await scrape();
    const added = (list: string) =>
      sampleOf(after, "call_analytics_records_imported_total", { list }) -
      sampleOf(before, "call_analytics_records_imported_total", { list });
    expect(added("calls")).toBe(await opened.db.call.count({ where: { connectionId } }));
    expect(added("messages")).toBe(await opened.db.message.count({ where: { connectionId } }));
    expect(added("calls") + added("messages")).toBe(outcome.status === "done" ? outcome.records : -1);
    const windows = (text: string) =>
      sampleOf(text, "call_analytics_import_window_duration_seconds_count", { list: "calls" });
    expect(windows(after)).toBeGreaterThan(windows(before));
    expect(sampleOf(after, "call_analytics_imports_total", { outcome: "done" })).toBe(
      sampleOf(before, "call_analytics_imports_total", { outcome: "done" }) + 1,
    );
  });

  it("counts every 429 and 5xx Twilio answers, retries included", async () => {
    const { connectionId, accountSid } = await connected("throttled", 200, 0);
    await simulator.current.control.setFaults(accountSid, { rate429: 0.3, rate5xx: 0.1 });
    const before = await scrape();
    const answered = answers.length;
    try {
      expect((await syncConnection(connectionId)).status).toBe("done");
    } finally {
      await simulator.current.control.setFaults(accountSid, {});
    }
    const after = await scrape();
    const served = (test: (status: number) => boolean) => answers.slice(answered).filter(test).length;
    const added = (status: string) =>
      sampleOf(after, "call_analytics_twilio_responses_total", { status }) -
      sampleOf(before, "call_analytics_twilio_responses_total", { status });
    expect(served((status) => status === 429)).toBeGreaterThan(0);
    expect(added("429")).toBe(served((status) => status === 429));
    expect(added("5xx")).toBe(served((status) => status >= 500));
    expect(added("2xx")).toBe(served((status) => status < 300));
  }, 120_000);

  it("shows the imports under way as a gauge: a live lease counts, a stopped heartbeat does not", async () => {
    const { connectionId } = await connected("running", 10, 0);
    const account = await opened.db.twilioAccount.findFirstOrThrow({ where: { connectionId } });
    const running = async () => sampleOf(await scrape(), "call_analytics_imports_running");
    expect(await running()).toBe(0);
    await opened.db.accountSync.create({
      data: {
        accountId: account.id,
        connectionId,
        state: "running",
        leaseOwner: "another-process",
        leaseUntil: new Date(Date.now() + 60_000),
        heartbeatAt: new Date(),
      },
    });
    expect(await running()).toBe(1);
    await opened.db.accountSync.update({
      where: { accountId: account.id },
      data: { heartbeatAt: new Date(Date.now() - 60_000) },
    });
    expect(await running()).toBe(0);
  });
});

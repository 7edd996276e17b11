import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { serveWorkerMetrics } from "@/lib/metrics";
import { registerImportGauges } from "@/lib/sync";
import { sampleOf } from "@/tests/helpers/metrics";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";

// An import worker (npm run worker) answers scrapes on its own port: its import counters live in
// its process, which has no web server.

const TOKEN = "worker-metrics-test-token-0123456789";
process.env.METRICS_TOKEN = TOKEN;

describe.each(testDatabaseKinds())("the worker's metrics port on %s", (kind) => {
  let opened: OpenedDatabase;
  let server: Awaited<ReturnType<typeof serveWorkerMetrics>>;
  let base: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    server = await serveWorkerMetrics(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    registerImportGauges();
  });
  afterAll(async () => {
    server?.close();
    await opened?.close();
  });

  const scrape = (path = "/metrics", init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...init.headers } });

  it("answers GET /metrics with the token only, and nothing else", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await scrape("/metrics", { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await scrape("/")).status).toBe(404);
    expect((await scrape("/api/metrics")).status).toBe(404);
    expect((await scrape("/metrics", { method: "POST" })).status).toBe(405);
    const answer = await scrape();
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await answer.text()).toContain("# TYPE call_analytics_records_imported_total counter");
  });

  it("shows the queue's depth: a request no live worker holds counts, a claimed one does not", async () => {
    const owner = await newWorkspaceOwner(opened.db, `worker-metrics-${kind}@example.com`);
    const { id: connectionId } = await opened.db.twilioConnection.create({
      data: { workspaceId: owner.workspaceId, connectAccountSid: `AC${"7".repeat(32)}` },
    });
    const depth = async () => sampleOf(await (await scrape()).text(), "call_analytics_import_queue_depth");
    expect(await depth()).toBe(0);
    await opened.db.importRequest.create({ data: { connectionId } });
    expect(await depth()).toBe(1);
    await opened.db.importRequest.update({
      where: { connectionId },
      data: { claimedBy: "a-live-worker", claimedAt: new Date(), heartbeatAt: new Date() },
    });
    expect(await depth()).toBe(0);
  });
});

import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { linkTwilioAccount } from "@/lib/connections";
import { syncConnection } from "@/lib/sync";
import { startTracingTo } from "@/lib/tracing";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";

const simulator = startAppSimulator();
const exporter = new InMemorySpanExporter();

/** Everything a span sends: its name, attributes, status and events, as one text. */
const sent = (span: ReadableSpan) => JSON.stringify([span.name, span.attributes, span.status, span.events]);

describe("traces of an import", () => {
  let opened: OpenedDatabase;
  let spans: ReadableSpan[];
  let accountSid: string;
  let connectionId: string;

  beforeAll(async () => {
    await startTracingTo(exporter, { serviceName: "call-analytics-test", sampleRatio: 1, immediate: true });
    opened = await openTestDatabase("pglite");
    const owner = await newWorkspaceOwner(opened.db, "traces@example.com");
    const email = `traced-${Date.now()}@example.com`;
    const user = await simulator.current.control.createUser({ name: "traced", email, calls: 200, messages: 60 });
    accountSid = user.ownerAccountSid;
    ({ connectionId } = await linkTwilioAccount(owner.target, await simulator.current.connect(email)));
    await simulator.current.control.setFaults(accountSid, { rate429: 0.3 });
    exporter.reset();
    try {
      expect((await syncConnection(connectionId)).status).toBe("done");
    } finally {
      await simulator.current.control.setFaults(accountSid, {});
    }
    spans = exporter.getFinishedSpans();
  }, 120_000);
  afterAll(async () => opened?.close());

  it("has a span per import window, with its list, range and records, under the import's", () => {
    const windows = spans.filter((span) => span.name === "import window");
    expect(windows.length).toBeGreaterThan(0);
    for (const window of windows) {
      expect(window.attributes).toMatchObject({
        "app.connection_id": connectionId,
        "twilio.account_sid": accountSid,
        "import.window.complete": true,
      });
      expect(["calls", "messages"]).toContain(window.attributes["import.list"]);
      expect(Date.parse(String(window.attributes["import.window.from"]))).toBeLessThan(
        Date.parse(String(window.attributes["import.window.to"])),
      );
    }
    const records = (list: string) =>
      windows
        .filter((w) => w.attributes["import.list"] === list)
        .reduce((n, w) => n + Number(w.attributes["import.records"]), 0);
    expect(records("calls")).toBeGreaterThan(0);
    expect(records("messages")).toBeGreaterThan(0);
    const account = spans.find((span) => span.name === "import account");
    const connection = spans.find((span) => span.name === "import connection");
    expect(connection?.attributes["import.outcome"]).toBe("done");
    expect(account?.parentSpanContext?.spanId).toBe(connection?.spanContext().spanId);
    for (const window of windows) expect(window.spanContext().traceId).toBe(connection?.spanContext().traceId);
  });

  it("has a span per Twilio request: path template, final status, attempts and 429s", () => {
    const requests = spans.filter((span) => span.attributes["url.template"] !== undefined);
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      expect(request.name).toBe(`GET ${request.attributes["url.template"]}`);
      expect(String(request.attributes["url.template"])).not.toMatch(/[A-Z]{2}[0-9a-f]{32}|\?/);
      expect(request.attributes["http.response.status_code"]).toBe(200);
    }
    expect(requests.map((r) => r.attributes["url.template"])).toContain("/2010-04-01/Accounts/{sid}/Calls.json");
    const throttled = requests.filter((r) => Number(r.attributes["twilio.rate_limited"]) > 0);
    expect(throttled.length).toBeGreaterThan(0);
    for (const r of throttled)
      expect(r.attributes["twilio.attempts"]).toBeGreaterThan(Number(r.attributes["twilio.rate_limited"]));
  });

  it("has the database's spans inside the import's trace", () => {
    const queries = spans.filter((span) => span.name.startsWith("prisma:"));
    expect(queries.length).toBeGreaterThan(0);
    const traces = new Set(spans.filter((s) => s.name === "import connection").map((s) => s.spanContext().traceId));
    expect(queries.some((q) => traces.has(q.spanContext().traceId))).toBe(true);
  });

  it("sends no phone number, no query string and no Auth Token", async () => {
    const numbers = await opened.db.call.findMany({ where: { connectionId }, select: { from: true, to: true } });
    const phoneNumbers = new Set(numbers.flatMap((call) => [call.from, call.to]).filter((n) => /^\+\d{8,}$/.test(n)));
    expect(phoneNumbers.size).toBeGreaterThan(0);
    const authToken = simulator.current.sim.config.authToken;
    for (const span of spans) {
      const text = sent(span);
      for (const number of phoneNumbers) {
        expect(text).not.toContain(number);
        expect(text).not.toContain(number.slice(1));
      }
      expect(text).not.toContain(authToken);
      expect(text).not.toMatch(/PageSize=|StartTime|DateSent/);
    }
  });
});

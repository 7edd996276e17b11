import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { trace, type ProxyTracerProvider } from "@opentelemetry/api";
import type { TracerProvider } from "@opentelemetry/sdk-trace";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Whether the OpenTelemetry SDK was loaded at all: lib/tracing imports it only to start tracing.
const sdkLoaded = vi.fn();
vi.mock("@/lib/tracing/sdk", async (importOriginal) => {
  sdkLoaded();
  return importOriginal();
});

/** What an OTLP/HTTP collector would receive: each request's path and body. */
const received: { path: string; body: string }[] = [];
let collector: Server;
beforeAll(async () => {
  collector = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  process.env.NEXT_RUNTIME = "nodejs";
});
afterAll(() => collector?.close());

async function startServer() {
  vi.resetModules(); // lib/env reads the environment once per module instance
  await (await import("@/instrumentation")).register();
  return import("@/lib/tracing");
}

describe("tracing at start-up", () => {
  it("is off without OTEL_EXPORTER_OTLP_ENDPOINT: no SDK loaded, spans record nothing", async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    const { withSpan } = await startServer();
    await withSpan("unrecorded", {}, async (span) => expect(span.isRecording()).toBe(false));
    expect(sdkLoaded).not.toHaveBeenCalled();
  });

  it("exports spans over OTLP/HTTP to the endpoint's /v1/traces when it is set, scrubbed", async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    process.env.OTEL_SERVICE_NAME = "call-analytics-startup-test";
    const { withSpan } = await startServer();
    expect(sdkLoaded).toHaveBeenCalled();
    await withSpan("probe", { attributes: { "http.target": "/calls?to=%2B14155550123&token=abc" } }, async (span) =>
      expect(span.isRecording()).toBe(true),
    );
    await ((trace.getTracerProvider() as ProxyTracerProvider).getDelegate() as TracerProvider).forceFlush();
    const exported = received.filter((request) => request.path === "/v1/traces");
    expect(exported).toHaveLength(1);
    const body = exported[0]?.body ?? "";
    expect(body).toContain("probe");
    expect(body).toContain("call-analytics-startup-test");
    expect(body).toContain('"/calls"');
    expect(body).not.toContain("4155550123");
    expect(body).not.toContain("token=");
  });
});

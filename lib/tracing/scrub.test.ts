import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { describe, expect, it } from "vitest";
import { scrubAttributes, scrubbingExporter } from "./scrub";

describe("what a span may carry out of the process", () => {
  it("keeps a request target's path only: no query string, no invitation token", () => {
    expect(
      scrubAttributes({
        "http.target": "/calls?to=%2B14155550123&from=2026-01-01",
        "http.url": "https://analytics.example.com/invite/abcdefabcdefabcdefabcdef?x=1",
        "url.query": "q=+14155550123",
        "next.route": "/calls",
      }),
    ).toEqual({
      "http.target": "/calls",
      "http.url": "https://analytics.example.com/invite/[token]",
      "next.route": "/calls",
    });
  });

  it("masks phone numbers in every text, and drops what sits under a secret-sounding key", () => {
    expect(
      scrubAttributes({
        "exception.message": "To +14155550123 is not a valid number",
        "db.query.text": "SELECT 1",
        numbers: ["+442071838750", "a"],
        "http.request.header.authorization": "Basic QUM6dG9rZW4=",
        "twilio.auth_token": "0123456789abcdef0123456789abcdef",
        "import.records": 12,
      }),
    ).toEqual({
      "exception.message": "To +*******0123 is not a valid number",
      "db.query.text": "SELECT 1",
      numbers: ["+********8750", "a"],
      "import.records": 12,
    });
  });

  it("is applied to every span exported, its name and events included", async () => {
    const exported = new InMemorySpanExporter();
    const provider = new TracerProvider({
      spanProcessors: [new SimpleSpanProcessor({ exporter: scrubbingExporter(exported) })],
    });
    const span = provider.getTracer("test").startSpan("GET /calls?to=+14155550123", {
      attributes: { "http.target": "/calls?to=+14155550123" },
    });
    span.addEvent("exception", { "exception.message": "call to +14155550123 failed" });
    span.end();
    await provider.forceFlush();
    const [sent] = exported.getFinishedSpans();
    expect(sent?.name).toBe("GET /calls");
    expect(sent?.attributes).toEqual({ "http.target": "/calls" });
    expect(sent?.events[0]?.attributes).toEqual({ "exception.message": "call to +*******0123 failed" });
    expect(sent?.spanContext().spanId).toBe(span.spanContext().spanId);
  });
});

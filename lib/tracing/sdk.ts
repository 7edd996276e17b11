import { hostname } from "node:os";
import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type SpanExporter,
} from "@opentelemetry/sdk-trace";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import { scrubbingExporter } from "./scrub";

// Loaded only when tracing is on (lib/tracing's index imports it on demand): without
// OTEL_EXPORTER_OTLP_ENDPOINT none of the SDK is required.

export type TracingSettings = {
  serviceName: string;
  /** Share of traces kept (0–1); a request's trace follows the caller's decision when it has one. */
  sampleRatio: number;
  /** Spans go out one by one (tests) instead of in batches. */
  immediate?: boolean;
};

/** OTLP over HTTP to `<endpoint>/v1/traces`, as the OpenTelemetry specification builds it. */
export function otlpExporter(endpoint: string): SpanExporter {
  return new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces` });
}

/**
 * Registers the tracer provider every span of the process goes to: Next's own (requests,
 * renders, route handlers), Prisma's (queries) and the app's (Twilio requests, imports). Returns
 * the provider, for flushing and shutting down.
 */
export function installTracing(exporter: SpanExporter, settings: TracingSettings): TracerProvider {
  const scrubbed = scrubbingExporter(exporter);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      "service.name": settings.serviceName,
      "host.name": hostname(),
      "process.pid": process.pid,
    }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio) }),
    spanProcessors: [
      settings.immediate
        ? new SimpleSpanProcessor({ exporter: scrubbed })
        : new BatchSpanProcessor({ exporter: scrubbed }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    // Prisma's spans cover PGlite and PostgreSQL alike, with each query's parameterised SQL.
    instrumentations: [new PrismaInstrumentation()],
  });
  return provider;
}

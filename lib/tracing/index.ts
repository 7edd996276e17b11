// OpenTelemetry traces: the app's spans (Twilio requests, import windows) and, once tracing is
// started, the SDK that exports every span of the process over OTLP with secrets scrubbed.
import type { SpanExporter, TracerProvider } from "@opentelemetry/sdk-trace";
import type { TracingSettings } from "./sdk";

export { markSpanFailed, withSpan, type Span, type SpanOptions } from "./spans";
export type { TracingSettings };

/** Starts exporting spans to an OTLP/HTTP endpoint; the SDK is loaded only here. */
export async function startTracing(endpoint: string, settings: TracingSettings): Promise<TracerProvider> {
  const { installTracing, otlpExporter } = await import("./sdk");
  return installTracing(otlpExporter(endpoint), settings);
}

/** Sends every span to `exporter` instead (tests, with the SDK's in-memory exporter). */
export async function startTracingTo(exporter: SpanExporter, settings: TracingSettings): Promise<TracerProvider> {
  const { installTracing } = await import("./sdk");
  return installTracing(exporter, settings);
}

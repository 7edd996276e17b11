import { SpanKind, SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";

// Without a registered provider (OTEL_EXPORTER_OTLP_ENDPOINT unset) the API hands out spans that
// record nothing: the app's own spans cost a function call.
const TRACER = "call-analytics";

export type SpanOptions = { attributes?: Attributes; kind?: "internal" | "client" };

/** Runs `work` inside a span of its own, ended when it settles; a throw marks the span failed. */
export function withSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  const kind = options.kind === "client" ? SpanKind.CLIENT : SpanKind.INTERNAL;
  return trace.getTracer(TRACER).startActiveSpan(name, { kind, attributes: options.attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Marks a span failed without a throw (an HTTP answer that is an error). */
export function markSpanFailed(span: Span, errorType: string): void {
  span.setAttribute("error.type", errorType);
  span.setStatus({ code: SpanStatusCode.ERROR });
}

export type { Span };

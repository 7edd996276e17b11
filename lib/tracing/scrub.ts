import type { Attributes, AttributeValue } from "@opentelemetry/api";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace";
import { loggedPath, maskPhoneNumbers } from "@/lib/log";

// What leaves the process is held to the same rules as the logs: no query string (Next records
// the request's URL whole), no secret path segment, no whole phone number, nothing under a
// secret-sounding key. Applied at export, so every span is covered whoever made it.

/** Attributes holding a URL or a request target: reduced to their path. */
const URL_KEYS = new Set(["http.target", "http.url", "url.full", "url.path", "next.rsc"]);
/** Dropped whole. */
const DROPPED_KEYS = new Set(["url.query"]);
const SECRET_KEY = /token|secret|password|authorization|cookie|api[._-]?key/i;

/** A URL or a request target reduced to its origin (when it has one) and logged path. */
function pathOnly(value: string): string {
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(value)?.[0] ?? "";
  return origin + loggedPath(value.slice(origin.length) || "/");
}

function scrubValue(key: string, value: AttributeValue | undefined): AttributeValue | undefined {
  if (typeof value === "string") return maskPhoneNumbers(URL_KEYS.has(key) ? pathOnly(value) : value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? maskPhoneNumbers(item) : item));
  return value;
}

export function scrubAttributes(attributes: Attributes): Attributes {
  const scrubbed: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (DROPPED_KEYS.has(key) || SECRET_KEY.test(key)) continue;
    scrubbed[key] = scrubValue(key, value) as never;
  }
  return scrubbed;
}

export function scrubSpan(span: ReadableSpan): ReadableSpan {
  return {
    name: maskPhoneNumbers(span.name.split("?")[0] ?? span.name),
    kind: span.kind,
    spanContext: () => span.spanContext(),
    parentSpanContext: span.parentSpanContext,
    startTime: span.startTime,
    endTime: span.endTime,
    status: span.status.message ? { ...span.status, message: maskPhoneNumbers(span.status.message) } : span.status,
    attributes: scrubAttributes(span.attributes),
    links: span.links,
    events: span.events.map((event) => ({
      ...event,
      attributes: event.attributes && scrubAttributes(event.attributes),
    })),
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

/** An exporter that sends only scrubbed spans on to `inner`. */
export function scrubbingExporter(inner: SpanExporter): SpanExporter {
  return {
    export: (spans, done) => inner.export(spans.map(scrubSpan), done),
    shutdown: () => inner.shutdown(),
    forceFlush: () => inner.forceFlush?.() ?? Promise.resolve(),
  };
}

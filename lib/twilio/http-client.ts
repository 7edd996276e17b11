import twilio from "twilio";
import type BaseRequestClient from "twilio/lib/base/RequestClient";
import { countTwilioResponse } from "@/lib/metrics";
import { markSpanFailed, withSpan } from "@/lib/tracing";
import { AdaptiveLimiter } from "./concurrency";
import { isNetworkError } from "./errors";

type RequestOptions<TData> = BaseRequestClient.RequestOptions<TData>;
type Response<TData = unknown> = Awaited<ReturnType<InstanceType<typeof twilio.RequestClient>["request"]>> & {
  body: TData;
};

export type TwilioHttpOptions = {
  /** Send requests for *.twilio.com here instead (the simulator). */
  apiBaseUrl?: string;
  /** Retries of 5xx answers and network failures. */
  maxRetries?: number;
  /** Retries of 429s: Twilio calls them safe to retry after backing off, so they get more. */
  maxRateLimitRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  maxConcurrencyPerAccount?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
};

const TWILIO_HOST = /^https:\/\/([a-z0-9-]+\.)*twilio\.com(:\d+)?(?=\/|$)/i;

/** twilio-node has no base-URL option; next-page URLs are rebuilt on api.twilio.com, so this covers them. */
export function rewriteTwilioUrl(uri: string, baseUrl: string): string {
  return uri.replace(TWILIO_HOST, baseUrl.replace(/\/+$/, ""));
}

/** Seconds or an HTTP date, as milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(String(value));
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const SID = /\b[A-Z]{2}[0-9a-f]{32}\b/g;

/**
 * The host and the path with every SID replaced by `{sid}`: one span name per kind of request,
 * and no query string (list filters hold phone numbers).
 */
export function requestTemplate(uri: string): { host: string; template: string } {
  try {
    const url = new URL(uri);
    return { host: url.hostname, template: url.pathname.replace(SID, "{sid}") };
  } catch {
    return { host: "", template: "(unreadable URL)" };
  }
}

function header(response: { headers?: unknown } | undefined, name: string): unknown {
  const headers = (response?.headers ?? {}) as Record<string, unknown>;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

/**
 * The SDK's HTTP client with what it lacks: retries of 429, 5xx and network failures with
 * exponential backoff and full jitter (honouring Retry-After), and an adaptive concurrency cap
 * per account. Only GETs are retried; the app never writes to Twilio.
 */
export class ResilientRequestClient extends twilio.RequestClient {
  private readonly limiters = new Map<string, AdaptiveLimiter>();
  private readonly settings: Required<Omit<TwilioHttpOptions, "apiBaseUrl">> & { apiBaseUrl?: string };

  constructor(options: TwilioHttpOptions = {}) {
    super({ timeout: options.timeoutMs ?? 30_000, keepAlive: true });
    this.settings = {
      apiBaseUrl: options.apiBaseUrl,
      maxRetries: options.maxRetries ?? 5,
      maxRateLimitRetries: options.maxRateLimitRetries ?? 12,
      baseDelayMs: options.baseDelayMs ?? 250,
      maxDelayMs: options.maxDelayMs ?? 20_000,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxConcurrencyPerAccount: options.maxConcurrencyPerAccount ?? 16,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.random ?? Math.random,
    };
  }

  /** The current cap for an account (for progress displays and benchmarks). */
  concurrencyFor(accountSid: string): number {
    return this.limiterFor(accountSid).limit;
  }

  /**
   * One span per request, retries included: its final status, how many attempts it took and how
   * many of them Twilio answered 429. Every answer is counted for the metrics on its own.
   */
  override request<TData>(opts: RequestOptions<TData>): Promise<Response<TData>> {
    const { apiBaseUrl } = this.settings;
    const uri = apiBaseUrl ? rewriteTwilioUrl(opts.uri, apiBaseUrl) : opts.uri;
    const method = opts.method.toUpperCase();
    const { host, template } = requestTemplate(uri);
    return withSpan(
      `${method} ${template}`,
      {
        kind: "client",
        attributes: { "http.request.method": method, "server.address": host, "url.template": template },
      },
      async (span) => {
        let rateLimited = 0;
        const response = await this.requestWithRetries({ ...opts, uri }, (attempt, status) => {
          countTwilioResponse(status);
          if (status === 429) rateLimited += 1;
          span.setAttributes({ "twilio.attempts": attempt + 1, "twilio.rate_limited": rateLimited });
        });
        span.setAttribute("http.response.status_code", response.statusCode);
        if (response.statusCode >= 400) markSpanFailed(span, String(response.statusCode));
        return response;
      },
    );
  }

  private async requestWithRetries<TData>(
    opts: RequestOptions<TData>,
    answered: (attempt: number, status: number | undefined) => void,
  ): Promise<Response<TData>> {
    const { maxRetries, maxRateLimitRetries, timeoutMs } = this.settings;
    const request = { ...opts, timeout: opts.timeout ?? timeoutMs };
    const limiter = this.limiterFor(opts.username ?? "");
    const retryable = opts.method.toLowerCase() === "get";
    for (let attempt = 0; ; attempt += 1) {
      let response: Response<TData> | undefined;
      let failure: unknown;
      try {
        response = (await limiter.run(() => super.request<TData>(request))) as Response<TData>;
      } catch (error) {
        failure = error;
      }
      answered(attempt, response?.statusCode);
      if (response && response.statusCode < 400) {
        limiter.succeeded();
        return response;
      }
      const rateLimited = response?.statusCode === 429;
      if (rateLimited) limiter.throttled();
      const transient = response ? rateLimited || response.statusCode >= 500 : isNetworkError(failure);
      if (!retryable || !transient || attempt >= (rateLimited ? maxRateLimitRetries : maxRetries)) {
        if (response) return response;
        throw failure;
      }
      await this.settings.sleep(this.backoff(attempt, parseRetryAfter(header(response, "retry-after"))));
    }
  }

  private backoff(attempt: number, retryAfterMs: number | undefined): number {
    const { baseDelayMs, maxDelayMs, random } = this.settings;
    const jittered = random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
    return retryAfterMs === undefined ? jittered : Math.min(Math.max(retryAfterMs, jittered), 60_000);
  }

  private limiterFor(accountSid: string): AdaptiveLimiter {
    let limiter = this.limiters.get(accountSid);
    if (!limiter) {
      limiter = new AdaptiveLimiter(this.settings.maxConcurrencyPerAccount);
      this.limiters.set(accountSid, limiter);
    }
    return limiter;
  }
}

import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";
import { DEMO_CONNECT_APP_SID } from "./defaults";

const production = {
  NODE_ENV: "production",
  NEXTAUTH_URL: "https://analytics.example.com",
  NEXTAUTH_SECRET: "x".repeat(40),
  TWILIO_CONNECT_APP_SID: `CN${"1".repeat(32)}`,
  TWILIO_AUTH_TOKEN: "f".repeat(32),
  GITHUB_ID: "id",
  GITHUB_SECRET: "secret",
};

function messageOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("expected the configuration to be refused");
}

describe("parseEnv", () => {
  it("accepts a complete production configuration and keeps Twilio's real hosts", () => {
    const env = parseEnv(production);
    expect(env.DEMO_MODE).toBe(false);
    expect(env.TWILIO_API_BASE_URL).toBeUndefined();
    expect(env.TWILIO_AUTHORIZE_BASE_URL).toBe("https://www.twilio.com/authorize");
  });

  it("reads the retention period as whole days, and refuses anything else", () => {
    expect(parseEnv(production).RETENTION_DAYS).toBeUndefined();
    expect(parseEnv({ ...production, RETENTION_DAYS: " 90 " }).RETENTION_DAYS).toBe(90);
    for (const value of ["0", "1.5", "a year", "-3", "99999"]) {
      expect(messageOf({ ...production, RETENTION_DAYS: value })).toMatch(/RETENTION_DAYS /);
    }
  });

  it("reads the metrics and tracing settings: off unless set, and refuses malformed ones", () => {
    const settings = parseEnv(production);
    expect(settings.METRICS_TOKEN).toBeUndefined();
    expect(settings.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(settings).toMatchObject({ OTEL_SERVICE_NAME: "call-analytics", TRACES_SAMPLE_RATIO: 1 });
    expect(parseEnv({ ...production, TRACES_SAMPLE_RATIO: "0.1" }).TRACES_SAMPLE_RATIO).toBe(0.1);
    for (const value of ["-0.1", "1.5", "half"])
      expect(messageOf({ ...production, TRACES_SAMPLE_RATIO: value })).toMatch(/TRACES_SAMPLE_RATIO must be .*0 and 1/);
    expect(messageOf({ ...production, METRICS_TOKEN: "short" })).toMatch(/METRICS_TOKEN must be at least 16/);
    expect(messageOf({ ...production, OTEL_EXPORTER_OTLP_ENDPOINT: "collector" })).toMatch(
      /OTEL_EXPORTER_OTLP_ENDPOINT must be a URL/,
    );
  });

  it("refuses demo sign-in when NODE_ENV=production, saying why", () => {
    expect(messageOf({ ...production, DEMO_MODE: "true" })).toMatch(/DEMO_MODE is refused when NODE_ENV=production/);
  });

  it("names each missing production setting", () => {
    const message = messageOf({ NODE_ENV: "production" });
    expect(message).toMatch(/NEXTAUTH_SECRET is required in production/);
    expect(message).toMatch(/TWILIO_CONNECT_APP_SID is required/);
    expect(message).toMatch(/TWILIO_AUTH_TOKEN is required/);
  });

  it("names malformed values", () => {
    const message = messageOf({ ...production, TWILIO_CONNECT_APP_SID: "AC123", NEXTAUTH_URL: "not a url" });
    expect(message).toMatch(/TWILIO_CONNECT_APP_SID must be a Connect App SID/);
    expect(message).toMatch(/NEXTAUTH_URL must be the app's public URL/);
  });

  it("wants provider settings in pairs", () => {
    expect(messageOf({ ...production, GOOGLE_CLIENT_ID: "only-id" })).toMatch(
      /GOOGLE_CLIENT_SECRET must be set together with GOOGLE_CLIENT_ID/,
    );
  });

  it("runs the demo with no settings at all: simulator, demo Connect App, demo secret", () => {
    const env = parseEnv({ NODE_ENV: "development", DEMO_MODE: "true" });
    expect(env.DEMO_MODE).toBe(true);
    expect(env.TWILIO_CONNECT_APP_SID).toBe(DEMO_CONNECT_APP_SID);
    expect(env.TWILIO_API_BASE_URL).toBe("http://127.0.0.1:3030");
    expect(env.TWILIO_AUTHORIZE_BASE_URL).toBe("http://127.0.0.1:3030/authorize");
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("logs at info unless LOG_LEVEL says otherwise, and names an unknown level", () => {
    expect(parseEnv(production).LOG_LEVEL).toBe("info");
    expect(parseEnv({ ...production, LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
    expect(messageOf({ ...production, LOG_LEVEL: "verbose" })).toMatch(/LOG_LEVEL/);
  });

  it("imports inline unless IMPORTS=worker, which needs PostgreSQL", () => {
    expect(parseEnv(production).IMPORTS).toBe("inline");
    const postgres = { ...production, DATABASE_URL: "postgresql://app@db.internal:5432/analytics" };
    expect(parseEnv({ ...postgres, IMPORTS: "worker" })).toMatchObject({
      IMPORTS: "worker",
      IMPORT_WORKER_CONCURRENCY: 2,
    });
    expect(parseEnv({ ...postgres, IMPORTS: "worker", IMPORT_WORKER_CONCURRENCY: "4" }).IMPORT_WORKER_CONCURRENCY).toBe(
      4,
    );
    for (const embedded of [undefined, "./.data/db", "memory://"]) {
      expect(messageOf({ ...production, DATABASE_URL: embedded, IMPORTS: "worker" })).toMatch(
        /IMPORTS is worker, which needs PostgreSQL/,
      );
    }
    expect(messageOf({ ...production, IMPORTS: "queue" })).toMatch(/IMPORTS must be inline or worker/);
    expect(messageOf({ ...postgres, IMPORT_WORKER_CONCURRENCY: "0" })).toMatch(/IMPORT_WORKER_CONCURRENCY/);
  });

  it("serves a worker's metrics on WORKER_METRICS_PORT only with METRICS_TOKEN", () => {
    const token = { ...production, METRICS_TOKEN: "worker-metrics-token-0123" };
    expect(parseEnv(production).WORKER_METRICS_PORT).toBeUndefined();
    expect(parseEnv({ ...token, WORKER_METRICS_PORT: "9464" }).WORKER_METRICS_PORT).toBe(9464);
    expect(messageOf({ ...production, WORKER_METRICS_PORT: "9464" })).toMatch(
      /WORKER_METRICS_PORT needs METRICS_TOKEN/,
    );
    for (const port of ["0", "65536", "http", "94.64"])
      expect(messageOf({ ...token, WORKER_METRICS_PORT: port })).toMatch(/WORKER_METRICS_PORT must be a port number/);
  });

  it("does not echo secret values in its messages", () => {
    const message = messageOf({ ...production, TWILIO_AUTH_TOKEN: "not-hex-but-secret-value" });
    expect(message).toMatch(/TWILIO_AUTH_TOKEN must be/);
    expect(message).not.toContain("not-hex-but-secret-value");
  });
});

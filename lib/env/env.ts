import "server-only";
import { z } from "zod";
import { authTokenSchema, connectAppSidSchema } from "@/lib/domain";
import { DEMO_AUTH_TOKEN, DEMO_CONNECT_APP_SID, DEMO_SIMULATOR_URL } from "./defaults";

// Every setting the server reads, validated once. `process.env` is parsed as a whole (not read
// key by key) so the bundler cannot inline build-time values: the checks see the real runtime env.

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const DEMO_SECRET = "demo-only-secret-not-for-production-use-0000";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DEMO_MODE: flag,
    DATABASE_URL: optional,
    NEXTAUTH_URL: z.url({ error: "must be the app's public URL, e.g. https://analytics.example.com" }).optional(),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, { error: "must be at least 32 characters (openssl rand -base64 32)" })
      .optional(),
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    GOOGLE_CLIENT_ID: optional,
    GOOGLE_CLIENT_SECRET: optional,
    EMAIL_SERVER: optional,
    EMAIL_FROM: optional,
    TWILIO_CONNECT_APP_SID: connectAppSidSchema.optional(),
    TWILIO_AUTH_TOKEN: authTokenSchema.optional(),
    TWILIO_API_BASE_URL: z.url({ error: "must be a URL such as http://127.0.0.1:3030" }).optional(),
    TWILIO_AUTHORIZE_BASE_URL: z.url().optional(),
    CRON_SECRET: z.string().min(16, { error: "must be at least 16 characters (openssl rand -hex 24)" }).optional(),
    /** Alert webhooks may go to http://localhost (the demo's and the tests' receivers); never in production. */
    ALERT_WEBHOOKS_ALLOW_LOCALHOST: flag,
    /** How much the server logs (lib/log): `info` is a line per request and per import step. */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Imported calls and messages older than this many days are deleted by the scheduled run; unset keeps them. */
    RETENTION_DAYS: optional.pipe(
      z.coerce
        .number<string | undefined>()
        .int({ error: "must be a whole number of days, e.g. 365" })
        .min(1, { error: "must be at least 1 (a day)" })
        .max(36_500, { error: "must be at most 36500 (100 years)" })
        .optional(),
    ),
    /** Protects GET /api/metrics (Prometheus, `Authorization: Bearer …`); unset, the endpoint answers 503. */
    METRICS_TOKEN: z.string().min(16, { error: "must be at least 16 characters (openssl rand -hex 24)" }).optional(),
    /** Where traces go (OTLP over HTTP, `/v1/traces` appended); unset, tracing is off and its SDK never loaded. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ error: "must be a URL such as http://127.0.0.1:4318" }).optional(),
    OTEL_SERVICE_NAME: z.string().trim().min(1).default("call-analytics"),
    /** Share of traces kept, 0 to 1; a request that comes with a sampled trace is always traced. */
    TRACES_SAMPLE_RATIO: optional.pipe(
      z.coerce
        .number<string | undefined>({ error: "must be a number between 0 and 1, e.g. 0.1" })
        .min(0, { error: "must be between 0 and 1, e.g. 0.1" })
        .max(1, { error: "must be between 0 and 1, e.g. 0.1" })
        .default(1),
    ),
    /**
     * Where imports run: `inline` in the web process (after the response, and in the cron route);
     * `worker` in `npm run worker` processes, the web process only queueing them (lib/sync).
     */
    IMPORTS: z.enum(["inline", "worker"], { error: "must be inline or worker" }).default("inline"),
    /** Where an `npm run worker` process serves GET /metrics (all interfaces); unset, it serves none. */
    WORKER_METRICS_PORT: optional.pipe(
      z.coerce
        .number<string | undefined>({ error: "must be a port number, e.g. 9464" })
        .int({ error: "must be a port number, e.g. 9464" })
        .min(1, { error: "must be a port number, e.g. 9464" })
        .max(65_535, { error: "must be a port number, e.g. 9464" })
        .optional(),
    ),
    /** How many connections one `npm run worker` process imports at once. */
    IMPORT_WORKER_CONCURRENCY: optional.pipe(
      z.coerce
        .number<string | undefined>()
        .int({ error: "must be a whole number, e.g. 2" })
        .min(1, { error: "must be at least 1" })
        .max(32, { error: "must be at most 32" })
        .default(2),
    ),
  })
  .superRefine((env, ctx) => {
    const requireInProduction = (key: keyof typeof env, why: string) => {
      if (!env.DEMO_MODE && !env[key]) ctx.addIssue({ code: "custom", path: [key], message: `is required ${why}` });
    };
    if (env.NODE_ENV === "production" && env.DEMO_MODE) {
      ctx.addIssue({
        code: "custom",
        path: ["DEMO_MODE"],
        message:
          "is refused when NODE_ENV=production: demo sign-in lets anyone in. Unset DEMO_MODE and configure a real sign-in provider",
      });
    }
    if (env.NODE_ENV === "production" && env.ALERT_WEBHOOKS_ALLOW_LOCALHOST) {
      ctx.addIssue({
        code: "custom",
        path: ["ALERT_WEBHOOKS_ALLOW_LOCALHOST"],
        message:
          "is refused when NODE_ENV=production: it lets alert webhooks reach this server's own loopback services",
      });
    }
    if (env.IMPORTS === "worker" && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "")) {
      ctx.addIssue({
        code: "custom",
        path: ["IMPORTS"],
        message:
          "is worker, which needs PostgreSQL (DATABASE_URL=postgres://…): the embedded database cannot be shared by the web process and the workers",
      });
    }
    if (env.WORKER_METRICS_PORT !== undefined && !env.METRICS_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["WORKER_METRICS_PORT"],
        message: "needs METRICS_TOKEN too: the worker answers a scrape only with it as the bearer token",
      });
    }
    if (env.NODE_ENV === "production") requireInProduction("NEXTAUTH_SECRET", "in production (it signs sessions)");
    requireInProduction(
      "TWILIO_CONNECT_APP_SID",
      "(your Connect App's SID, from the Twilio Console) unless DEMO_MODE=true",
    );
    requireInProduction(
      "TWILIO_AUTH_TOKEN",
      "(the Auth Token of the account that owns the Connect App) unless DEMO_MODE=true",
    );
    for (const [a, b] of [
      ["GITHUB_ID", "GITHUB_SECRET"],
      ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
      ["EMAIL_SERVER", "EMAIL_FROM"],
    ] as const) {
      if (Boolean(env[a]) !== Boolean(env[b])) {
        ctx.addIssue({
          code: "custom",
          path: [env[a] ? b : a],
          message: `must be set together with ${env[a] ? a : b}`,
        });
      }
    }
  })
  .transform((env) => ({
    ...env,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEMO_SECRET,
    TWILIO_CONNECT_APP_SID: env.TWILIO_CONNECT_APP_SID ?? DEMO_CONNECT_APP_SID,
    TWILIO_AUTH_TOKEN: env.TWILIO_AUTH_TOKEN ?? DEMO_AUTH_TOKEN,
    TWILIO_API_BASE_URL: env.TWILIO_API_BASE_URL ?? (env.DEMO_MODE ? DEMO_SIMULATOR_URL : undefined),
    TWILIO_AUTHORIZE_BASE_URL:
      env.TWILIO_AUTHORIZE_BASE_URL ??
      (env.DEMO_MODE ? `${DEMO_SIMULATOR_URL}/authorize` : "https://www.twilio.com/authorize"),
  }));

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

/** Parses an environment; throws an EnvError naming each missing or malformed variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")} ${issue.message}`);
  throw new EnvError(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The validated server environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

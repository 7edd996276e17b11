import { z } from "zod";
import { faultOverridesSchema, NO_FAULTS, type FaultSettings } from "./api/faults";
import { fidelityInputSchema, STRICT } from "./api/fidelity";

export const DEFAULT_CONNECT_APP_SID = "CN00000000000000000000000000000001";
/** A demo-only token: the simulator's Connect App owner, never a real Twilio credential. */
export const DEFAULT_AUTH_TOKEN = "0123456789abcdef0123456789abcdef";
export const CONNECT_PERMISSIONS = ["get-all", "post-all"] as const;
export type ConnectPermission = (typeof CONNECT_PERMISSIONS)[number];

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const optionsSchema = z.strictObject({
  port: integer(0, 65_535).default(3030),
  seed: integer(-2_147_483_648, 2_147_483_647).default(1),
  connectAppSid: z
    .string()
    .regex(/^CN[0-9a-fA-F]{32}$/, "must be CN followed by 32 hex characters")
    .default(DEFAULT_CONNECT_APP_SID),
  connectAppName: z.string().min(1).default("Call Analytics (demo)"),
  connectAppCompany: z.string().min(1).default("Call Analytics Demo Co."),
  connectAppPermissions: z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean)
        : v,
    )
    .pipe(z.array(z.enum(CONNECT_PERMISSIONS, { error: "must be get-all or post-all" })).min(1))
    .default(["get-all"]),
  authToken: z
    .string()
    .regex(/^[0-9a-fA-F]{32}$/, "must be 32 hex characters")
    .default(DEFAULT_AUTH_TOKEN),
  authorizeRedirectUrl: httpUrl.default("http://localhost:3000/twilio/authorize"),
  deauthorizeUrl: httpUrl.default("http://localhost:3000/twilio/deauthorize"),
  deauthorizeMethod: z.enum(["POST", "GET"], { error: "must be POST or GET" }).default("POST"),
  latencyMs: integer(0, 120_000).default(0),
  faults: faultOverridesSchema.default({}),
  /** How closely the API follows Twilio where Twilio is stricter (api/fidelity.ts); strict by default. */
  fidelity: fidelityInputSchema.default(STRICT),
  /** Stops the clock at start-up (tests); it then moves only through POST /_sim/clock. */
  freezeClock: z
    .union([z.boolean(), z.enum(["true", "false", "1", "0"], { error: "must be true or false" })])
    .transform((v) => v === true || v === "true" || v === "1")
    .default(false),
  /** Where the simulator keeps its users, authorizations and added calls across restarts; unset: memory only. */
  stateFile: z.string().min(1).optional(),
});

export type SimOptions = z.input<typeof optionsSchema>;
type ParsedOptions = z.output<typeof optionsSchema>;
export interface SimConfig extends Omit<ParsedOptions, "faults" | "latencyMs"> {
  defaultFaults: FaultSettings;
}

const ENV_NAMES: Record<keyof ParsedOptions, string> = {
  port: "SIM_PORT",
  seed: "SIM_SEED",
  connectAppSid: "SIM_CONNECT_APP_SID",
  connectAppName: "SIM_CONNECT_APP_NAME",
  connectAppCompany: "SIM_CONNECT_APP_COMPANY",
  connectAppPermissions: "SIM_CONNECT_APP_PERMISSIONS",
  authToken: "SIM_AUTH_TOKEN",
  authorizeRedirectUrl: "SIM_AUTHORIZE_REDIRECT_URL",
  deauthorizeUrl: "SIM_DEAUTHORIZE_URL",
  deauthorizeMethod: "SIM_DEAUTHORIZE_METHOD",
  latencyMs: "SIM_LATENCY_MS",
  faults: "SIM_FAULTS",
  fidelity: "SIM_FIDELITY",
  freezeClock: "SIM_FREEZE_CLOCK",
  stateFile: "SIM_STATE_FILE",
};

export class SimConfigError extends Error {}

function parse(input: unknown, describe: (path: PropertyKey[]) => string): SimConfig {
  const result = optionsSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${describe(issue.path)}: ${issue.message}`);
    throw new SimConfigError(`Invalid simulator configuration:\n${lines.join("\n")}`);
  }
  const { faults, latencyMs, ...rest } = result.data;
  return { ...rest, defaultFaults: { ...NO_FAULTS, latencyMs, ...faults } };
}

export function resolveConfig(options: SimOptions = {}): SimConfig {
  return parse(options, (path) => `options.${path.map(String).join(".")}`);
}

/**
 * Reads SIM_* variables; SIM_FAULTS holds JSON such as {"rate429":0.05,"maxConcurrent":5}, and
 * SIM_FIDELITY "strict", "generous" or JSON switches such as {"accountsList":"tree"}.
 */
export function configFromEnv(env: Readonly<Record<string, string | undefined>>): SimConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV_NAMES)) {
    const value = env[name];
    if (value !== undefined && value !== "") raw[key] = value;
  }
  if (typeof raw.faults === "string") {
    try {
      raw.faults = JSON.parse(raw.faults);
    } catch {
      throw new SimConfigError("Invalid simulator configuration:\n  SIM_FAULTS: must be a JSON object");
    }
  }
  if (typeof raw.fidelity === "string" && raw.fidelity.startsWith("{")) {
    try {
      raw.fidelity = JSON.parse(raw.fidelity);
    } catch {
      throw new SimConfigError("Invalid simulator configuration:\n  SIM_FIDELITY: must be strict, generous or JSON");
    }
  }
  return parse(raw, (path) => {
    const [first, ...rest] = path.map(String);
    const name = ENV_NAMES[first as keyof ParsedOptions] ?? first ?? "config";
    return rest.length ? `${name} (${rest.join(".")})` : name;
  });
}

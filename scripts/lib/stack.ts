import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { openDatabase, describeDatabaseTarget, resolveDatabaseTarget, applyMigrations } from "@/lib/db";
import { DEMO_AUTH_TOKEN, DEMO_CONNECT_APP_SID } from "@/lib/env";
import { ensureProductionBuild } from "./build";
import { start, waitForUrl } from "./processes";
import { STANDALONE_SERVER } from "./standalone";

export type StackOptions = {
  appPort: number;
  simPort: number;
  databaseUrl: string | undefined;
  /** Start from an empty embedded database (and simulator). */
  fresh?: boolean;
  /** Where the simulator keeps its users, authorizations and added calls; unset: memory only. */
  simStateFile?: string;
  /** `test`: the production build with demo sign-in allowed (refused under `production`). */
  nodeEnv: "development" | "test";
  /** The Connect App owner's Auth Token (simulator and app), the session secret and the bearer tokens. */
  secrets?: { TWILIO_AUTH_TOKEN: string; NEXTAUTH_SECRET: string; CRON_SECRET: string; METRICS_TOKEN: string };
  /** A file for the app server's log (started empty) instead of the terminal; its stderr is shown too. */
  appLogFile?: string;
};

/** The whole product on this machine: migrated database, Twilio simulator, Next.js production server. */
export async function startStack(
  options: StackOptions,
): Promise<{ appUrl: string; simUrl: string; appPid: number | undefined }> {
  const build = await ensureProductionBuild();
  console.log(build === "reused" ? "Production build: up to date with the sources." : "Production build: done.");
  const target = resolveDatabaseTarget(options.databaseUrl);
  if (options.fresh && target.kind === "pglite" && target.dataDir)
    await rm(target.dataDir, { recursive: true, force: true });
  if (options.fresh && options.simStateFile) await rm(options.simStateFile, { force: true });
  const appUrl = `http://localhost:${options.appPort}`;
  const simUrl = `http://127.0.0.1:${options.simPort}`;
  const authToken = options.secrets?.TWILIO_AUTH_TOKEN ?? DEMO_AUTH_TOKEN;
  const shared = { ...process.env, SIM_CONNECT_APP_SID: DEMO_CONNECT_APP_SID, SIM_AUTH_TOKEN: authToken };
  start("twilio-sim", "node_modules/.bin/tsx", ["sim/server.ts"], {
    ...shared,
    SIM_PORT: String(options.simPort),
    SIM_AUTHORIZE_REDIRECT_URL: `${appUrl}/twilio/authorize`,
    SIM_DEAUTHORIZE_URL: `${appUrl}/twilio/deauthorize`,
    ...(options.simStateFile ? { SIM_STATE_FILE: options.simStateFile } : {}),
  });
  // The simulator starts while the database is migrated: neither needs the other.
  const db = openDatabase(target);
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
  console.log(`Database: ${describeDatabaseTarget(target)}`);
  const appEnv = {
    ...shared,
    DEMO_MODE: "true",
    // The demo and the e2e suite may point alert webhooks at a receiver on this machine.
    ALERT_WEBHOOKS_ALLOW_LOCALHOST: "true",
    TWILIO_CONNECT_APP_SID: DEMO_CONNECT_APP_SID,
    TWILIO_AUTH_TOKEN: authToken,
    ...(options.secrets
      ? {
          NEXTAUTH_SECRET: options.secrets.NEXTAUTH_SECRET,
          CRON_SECRET: options.secrets.CRON_SECRET,
          METRICS_TOKEN: options.secrets.METRICS_TOKEN,
        }
      : {}),
    NEXTAUTH_URL: appUrl,
    TWILIO_API_BASE_URL: simUrl,
    TWILIO_AUTHORIZE_BASE_URL: `${simUrl}/authorize`,
    // The standalone server runs from its own folder: a database folder is named absolutely.
    DATABASE_URL: target.kind === "pglite" && target.dataDir ? target.dataDir : options.databaseUrl,
    NODE_ENV: options.nodeEnv,
    PORT: String(options.appPort),
    HOSTNAME: "0.0.0.0",
  } as NodeJS.ProcessEnv;
  const appLog = options.appLogFile ? await openLog(options.appLogFile) : undefined;
  const app = start("app", process.execPath, [resolve(STANDALONE_SERVER)], appEnv, appLog);
  await Promise.all([waitForUrl(`${simUrl}/_sim/state`), waitForUrl(`${appUrl}/api/health`, 180_000)]);
  return { appUrl, simUrl, appPid: app.pid };
}

async function openLog(file: string) {
  await mkdir(dirname(file), { recursive: true });
  return createWriteStream(file, { flags: "w" });
}

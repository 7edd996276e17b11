import { rm } from "node:fs/promises";
import { openDatabase, describeDatabaseTarget, resolveDatabaseTarget, applyMigrations } from "@/lib/db";
import { DEMO_AUTH_TOKEN, DEMO_CONNECT_APP_SID } from "@/lib/env";
import { runToEnd, start, waitForUrl } from "./processes";

export type StackOptions = {
  /** `dev` for the demo (instant start, reloads), `start` for the production build. */
  server: "dev" | "start";
  appPort: number;
  simPort: number;
  databaseUrl: string | undefined;
  /** Start from an empty embedded database. */
  fresh?: boolean;
  nodeEnv?: "development" | "test";
  /** The Connect App owner's Auth Token (simulator and app) and the session secret. */
  secrets?: { TWILIO_AUTH_TOKEN: string; NEXTAUTH_SECRET: string; CRON_SECRET: string };
  /** Build the production bundle first, with the same environment the server gets. */
  build?: boolean;
};

/** The whole product on this machine: migrated database, Twilio simulator, Next.js app. */
export async function startStack(options: StackOptions): Promise<{ appUrl: string; simUrl: string }> {
  const target = resolveDatabaseTarget(options.databaseUrl);
  if (options.fresh && target.kind === "pglite" && target.dataDir)
    await rm(target.dataDir, { recursive: true, force: true });
  const db = openDatabase(target);
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
  console.log(`Database: ${describeDatabaseTarget(target)}`);

  const appUrl = `http://localhost:${options.appPort}`;
  const simUrl = `http://127.0.0.1:${options.simPort}`;
  const authToken = options.secrets?.TWILIO_AUTH_TOKEN ?? DEMO_AUTH_TOKEN;
  const shared = { ...process.env, SIM_CONNECT_APP_SID: DEMO_CONNECT_APP_SID, SIM_AUTH_TOKEN: authToken };
  start("twilio-sim", "node_modules/.bin/tsx", ["sim/server.ts"], {
    ...shared,
    SIM_PORT: String(options.simPort),
    SIM_AUTHORIZE_REDIRECT_URL: `${appUrl}/twilio/authorize`,
    SIM_DEAUTHORIZE_URL: `${appUrl}/twilio/deauthorize`,
  });
  const appEnv = {
    ...shared,
    DEMO_MODE: "true",
    TWILIO_CONNECT_APP_SID: DEMO_CONNECT_APP_SID,
    TWILIO_AUTH_TOKEN: authToken,
    ...(options.secrets
      ? { NEXTAUTH_SECRET: options.secrets.NEXTAUTH_SECRET, CRON_SECRET: options.secrets.CRON_SECRET }
      : {}),
    NEXTAUTH_URL: appUrl,
    TWILIO_API_BASE_URL: simUrl,
    TWILIO_AUTHORIZE_BASE_URL: `${simUrl}/authorize`,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.nodeEnv ? { NODE_ENV: options.nodeEnv } : {}),
  } as NodeJS.ProcessEnv;
  if (options.build) await runToEnd("node_modules/.bin/next", ["build"], appEnv);
  start("app", "node_modules/.bin/next", [options.server, "-p", String(options.appPort)], appEnv);
  await Promise.all([waitForUrl(`${simUrl}/_sim/state`), waitForUrl(`${appUrl}/api/health`, 180_000)]);
  return { appUrl, simUrl };
}

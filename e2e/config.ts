// The e2e stack's addresses and secrets, shared by the Playwright config, the server script and
// the specs. The secrets differ from the demo defaults so the bundle check below means something.
// E2E_PORT moves the whole stack (app, simulator, spare server) so two checkouts can run the suite at once.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
export const APP_PORT = BASE_PORT;
export const SIM_PORT = BASE_PORT + 31;
/** For specs that start a server of their own (the demo spec's app). */
export const SPARE_PORT = BASE_PORT + 99;
/** The simulator of the demo the demo spec starts. */
export const DEMO_SIM_PORT = BASE_PORT + 98;
export const APP_URL = `http://localhost:${APP_PORT}`;
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;
export const E2E_SECRETS = {
  NEXTAUTH_SECRET: "e2e-session-secret-7f3a9c1d5e8b2a4f6c0d9e7b",
  TWILIO_AUTH_TOKEN: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
  CRON_SECRET: "e2e-cron-secret-5b1e8f2a9c3d7e4f",
  METRICS_TOKEN: "e2e-metrics-token-3c8a1f6d0b9e2a7c",
} as const;
/** The app server's output during a run, checked for secrets and phone numbers once every spec has run. */
export const APP_LOG_FILE = ".data/e2e/app.log";
/** The session cookie values the suite's browsers held (e2e/fixtures.ts), for the same check. */
export const SESSION_COOKIES_FILE = ".data/e2e/session-cookies.txt";

// The stack the Playwright suite runs against: the production build (made only when the sources
// changed), a fresh embedded database and the simulator, on ports of their own so a running demo
// is left alone.
import { rmSync } from "node:fs";
import { APP_LOG_FILE, APP_PORT, E2E_SECRETS, SESSION_COOKIES_FILE, SIM_PORT } from "../e2e/config";
import { startStack } from "./lib/stack";
import { stopAll } from "./lib/processes";

// The run's session cookies are collected afresh (e2e/fixtures.ts).
rmSync(SESSION_COOKIES_FILE, { force: true });

startStack({
  nodeEnv: "test",
  appPort: APP_PORT,
  simPort: SIM_PORT,
  databaseUrl: ".data/e2e/pglite",
  fresh: true,
  secrets: E2E_SECRETS,
  appLogFile: APP_LOG_FILE,
}).catch((error: Error) => {
  console.error(error.message);
  stopAll(1);
});

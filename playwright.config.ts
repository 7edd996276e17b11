import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { APP_URL } from "./e2e/config";

// Where Playwright's own browser download is impossible, Debian's chromium is used instead.
const executablePath =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));

// Specs that change what every test sees (the simulator's fidelity) or start servers of their own
// on the spare ports: they run after the rest, one at a time.
const ALONE = ["discovery.spec.ts", "demo.spec.ts", "startup.spec.ts", "worker-mode.spec.ts"];
const LAST = "logs.spec.ts";

export default defineConfig({
  testDir: "e2e",
  // e2e/screenshots.ts writes docs/screenshots and runs only through npm run screenshots.
  testMatch: "*.spec.ts",
  // Each test signs in as a person of its own with Twilio users of its own, so two files at once
  // share nothing but the app: a test waits on imports and the browser more than on the server.
  fullyParallel: false,
  workers: 2,
  projects: [
    { name: "shared", testIgnore: [...ALONE, LAST] },
    { name: "alone", testMatch: ALONE, dependencies: ["shared"], workers: 1 },
    // The app's log of the whole run is checked once every other spec has run.
    { name: "logs", testMatch: LAST, dependencies: ["alone"], workers: 1 },
  ],
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL: APP_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // Builds the app, then serves it with the simulator beside it.
    command: "node --conditions=react-server --import tsx scripts/e2e-server.ts",
    url: `${APP_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    // The server script stops the app and the simulator it started on SIGTERM, killing what is
    // left after 8 s (scripts/lib/processes.ts): it must not be killed before.
    gracefulShutdown: { signal: "SIGTERM", timeout: 12_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});

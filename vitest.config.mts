import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Next resolves `server-only` to a no-op on the server; tests run server code only.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // Server code reads its settings through lib/env; tests run with the demo's (no real Twilio
    // credentials or secrets needed). Suites that need the simulator point lib/env at it.
    // Logs at warn: the import steps' info lines would bury the test report.
    env: { DEMO_MODE: "true", LOG_LEVEL: "warn" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each test file that opens the embedded database gets its own in-memory instance;
    // forks keep PGlite's WASM heap out of the main process.
    pool: "forks",
  },
});

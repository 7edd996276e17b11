import { defineConfig } from "@playwright/test";
import suite from "./playwright.config";

// The e2e suite's stack and browser, running only e2e/screenshots.ts (which the suite leaves out),
// in one project of its own: the suite's projects would bring their specs along.
export default defineConfig({ ...suite, testMatch: "screenshots.ts", projects: [{ name: "screenshots" }] });

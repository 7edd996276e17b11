import { readFileSync } from "node:fs";
import { APP_LOG_FILE } from "./config";
import { expect, signIn, test } from "./fixtures";
import { forbiddenInLog, leaksIn } from "./log-check";

// Runs after every other spec (playwright.config.ts): the app's log then holds the whole run.

const logLines = () =>
  readFileSync(APP_LOG_FILE, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test("the app logs one JSON line per request: id (as sent, and answered), method, path without its query, status, duration, user", async ({
  page,
}) => {
  await signIn(page);
  const requestId = `logs-spec-${Date.now()}`;
  const response = await page.request.get("/dashboard?number=%2B14155550123&token=abc", {
    headers: { "X-Request-Id": requestId },
    maxRedirects: 0,
  });
  expect(response.headers()["x-request-id"]).toBe(requestId);

  await expect.poll(() => logLines().filter((line) => line.requestId === requestId)).toHaveLength(1);
  const line = logLines().find((l) => l.requestId === requestId);
  expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/dashboard" });
  expect(line?.status).toBe(response.status());
  expect(line?.durationMs).toEqual(expect.any(Number));
  expect(line?.userId).toEqual(expect.any(String));
});

test("the log of the whole run holds no secret, session cookie, message body or whole phone number", async () => {
  test.setTimeout(180_000);
  const forbidden = await forbiddenInLog();
  // The check means something only if it knows what to look for.
  expect(forbidden.numbers.size).toBeGreaterThan(100);
  expect(forbidden.secrets.length).toBeGreaterThan(3);
  const log = readFileSync(APP_LOG_FILE, "utf8");
  expect(log.length).toBeGreaterThan(0);
  expect(leaksIn(log, forbidden)).toEqual([]);
});

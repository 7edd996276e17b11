import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { loggedPath, logRequests, requestIdOf } from "./request-log";

const lines: Record<string, unknown>[] = [];
const log = createLogger("info", { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
let server: Server;
let base: string;

beforeAll(async () => {
  logRequests(
    async (cookie) => (cookie === "next-auth.session-token=valid" ? "user-1" : null),
    () => log,
  );
  server = createServer((request, response) => {
    response.statusCode = request.url?.startsWith("/fail") ? 500 : 200;
    // What the app sees: the id the request came with, or the one given to it.
    response.end(String(request.headers["x-request-id"]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const lineOf = async (requestId: string) => {
  await expect.poll(() => lines.some((line) => line.requestId === requestId)).toBe(true);
  return lines.find((line) => line.requestId === requestId);
};

describe("request logging", () => {
  it("logs one line per request with its id, method, path without the query, status, duration and user", async () => {
    const response = await fetch(`${base}/w/acme/calls?number=%2B14155550123&token=abc`, {
      headers: { "X-Request-Id": "lb-7f3a", Cookie: "next-auth.session-token=valid" },
    });
    expect(response.headers.get("x-request-id")).toBe("lb-7f3a");
    expect(await response.text()).toBe("lb-7f3a");
    const line = await lineOf("lb-7f3a");
    expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/w/acme/calls", status: 200 });
    expect(line?.userId).toBe("user-1");
    expect(typeof line?.durationMs).toBe("number");
    expect(lines.filter((l) => l.requestId === "lb-7f3a")).toHaveLength(1);
  });

  it("gives a request without a usable id a new one, seen by the app and answered", async () => {
    const response = await fetch(`${base}/fail`, { headers: { "X-Request-Id": "not an id; drop table" } });
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.text()).toBe(id);
    const line = await lineOf(id);
    expect(line).toMatchObject({ level: "error", status: 500, path: "/fail" });
    expect(line).not.toHaveProperty("userId");
  });
});

describe("loggedPath and requestIdOf", () => {
  it("drops the query string and an invitation's token", () => {
    expect(loggedPath("/api/digests/unsubscribe?token=secret")).toBe("/api/digests/unsubscribe");
    expect(loggedPath("/invite/3f9a0c7e1b2d?x=1")).toBe("/invite/[token]");
    expect(loggedPath("/invite/3f9a0c7e1b2d/accept")).toBe("/invite/[token]/accept");
  });

  it("keeps a well-formed incoming id and replaces anything else", () => {
    expect(requestIdOf("abc-123")).toBe("abc-123");
    expect(requestIdOf(["a", "b"])).not.toBe("a");
    expect(requestIdOf("x".repeat(129))).toHaveLength(36);
  });
});

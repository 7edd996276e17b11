import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export type ReceivedHook = { path: string; headers: IncomingHttpHeaders; body: string };

/**
 * A local webhook receiver for a test file: it keeps every request, and answers each path with the
 * status queued for it (`answers`, first in first out), else 200.
 */
export function startWebhookReceiver() {
  const received: ReceivedHook[] = [];
  const answers = new Map<string, number[]>();
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      const path = request.url ?? "";
      received.push({ path, headers: request.headers, body });
      const status = answers.get(path)?.shift() ?? 200;
      response.writeHead(status, { "content-type": "text/plain" }).end(`answered ${status} to ${path}`);
    });
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    received,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    /** The statuses the next requests to `path` get, in order. */
    answer: (path: string, ...statuses: number[]) => answers.set(path, statuses),
    at: (path: string) => received.filter((hook) => hook.path === path),
  };
}

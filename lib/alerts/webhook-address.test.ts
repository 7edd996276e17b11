import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkWebhookUrl, isAllowedAddress, webhookUrlProblem } from "./webhook-address";
import { postWebhook } from "./webhook";

// SSRF: webhook URLs are typed by people and fetched by the server. Without
// ALERT_WEBHOOKS_ALLOW_LOCALHOST (as in production) only https to public addresses goes out.
process.env.ALERT_WEBHOOKS_ALLOW_LOCALHOST = "false";

describe("webhook addresses", () => {
  it.each([
    "127.0.0.1",
    "127.10.0.5",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd00:ec2::254", // AWS metadata over IPv6
    "::ffff:127.0.0.1",
    "::ffff:a9fe:a9fe", // 169.254.169.254, mapped
    "64:ff9b::a00:1",
    "not an address",
  ])("refuses %s", (address) => {
    expect(isAllowedAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "172.32.0.1"])("allows the public %s", (address) => {
    expect(isAllowedAddress(address)).toBe(true);
  });

  it.each([
    ["http://hooks.example.com/x", "must start with https://"],
    ["ftp://hooks.example.com/x", "must start with https://"],
    ["https://user:pw@hooks.example.com/x", "must not hold a user name or password"],
    ["https://10.0.0.8/hook", "must point at a public address"],
    ["https://169.254.169.254/latest/meta-data", "must point at a public address"],
    ["https://[::1]/hook", "must point at a public address"],
    ["https://[::ffff:127.0.0.1]/hook", "must point at a public address"],
    ["https://0x7f000001/hook", "must point at a public address"], // 127.0.0.1 written in hex
    ["https://2130706433/hook", "must point at a public address"], // and as one number
    ["http://localhost:8080/hook", "must start with https://"],
    ["not a url", "is not a URL"],
  ])("refuses %s", (url, problem) => {
    expect(webhookUrlProblem(url)).toBe(problem);
  });

  it("accepts https to a public address", () => {
    expect(webhookUrlProblem("https://8.8.8.8/hook")).toBeNull();
  });

  it("resolves host names and refuses those that lead to private addresses", async () => {
    expect(await checkWebhookUrl("https://localhost/hook")).toBe("must point at a public address");
    expect(await checkWebhookUrl("https://no-such-host.invalid/hook")).toBe("has a host name that does not resolve");
  });

  describe("at send time", () => {
    const received: string[] = [];
    const server = createServer((request, response) => {
      received.push(request.url ?? "");
      response.end("ok");
    });
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("never connects to a loopback receiver, by literal or by name", async () => {
      const attempt = (url: string) => postWebhook(url, "s".repeat(16), "{}", "delivery", new Date());
      await expect(attempt(`http://127.0.0.1:${port}/hook`)).rejects.toMatchObject({ code: "EADDRNOTALLOWED" });
      await expect(attempt(`https://127.0.0.1:${port}/hook`)).rejects.toMatchObject({ code: "EADDRNOTALLOWED" });
      // A name is checked as the request connects, so one that re-resolves to a private address is refused too.
      await expect(attempt(`https://localhost:${port}/hook`)).rejects.toMatchObject({ code: "EADDRNOTALLOWED" });
      expect(received).toEqual([]);
    });
  });
});

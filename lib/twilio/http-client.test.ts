import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import twilio from "twilio";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestSim, type TestSim } from "@/sim/tests/helpers";
import { discoverAccounts } from "./accounts";
import { toTwilioError, TwilioError } from "./errors";
import { parseRetryAfter, ResilientRequestClient, rewriteTwilioUrl } from "./http-client";

const ADA = "ada@example.com";

describe("ResilientRequestClient against the simulator", () => {
  let sim: TestSim;
  let connectSid: string;
  let sleeps: number[];

  function clientFor(username: string, password = sim.sim.config.authToken, maxRetries = 6) {
    const http = new ResilientRequestClient({
      apiBaseUrl: sim.sim.url,
      maxRetries,
      sleep: async (ms) => void sleeps.push(ms),
    });
    return { http, client: twilio(username, password, { httpClient: http }) };
  }

  async function ownerSid(): Promise<string> {
    return (await discoverAccounts((sid) => clientFor(sid).client, connectSid)).ownerAccountSid;
  }

  beforeAll(async () => {
    sim = await startTestSim();
    connectSid = await sim.connect(ADA);
  });
  afterAll(async () => sim?.sim.close());
  beforeEach(() => {
    sleeps = [];
  });

  it("rides out a 429 storm: retries with backoff and lowers the account's concurrency cap", async () => {
    const owner = await ownerSid();
    await sim.control.setFaults(owner, { rate429: 0.7 });
    const { http, client } = clientFor(connectSid, undefined, 20);
    const pages = await Promise.all(
      Array.from({ length: 6 }, () => client.api.v2010.accounts(owner).calls.page({ pageSize: 20 })),
    );
    await sim.control.setFaults(owner, {});
    expect(pages.every((page) => page.instances.length === 20)).toBe(true);
    expect(sleeps.length).toBeGreaterThan(0);
    expect(http.concurrencyFor(connectSid)).toBeLessThan(16);
  });

  it("retries 5xx answers and dropped connections until the request goes through", async () => {
    const owner = await ownerSid();
    await sim.control.setFaults(owner, { rate5xx: 0.5, dropRate: 0.3 });
    const { client } = clientFor(connectSid, undefined, 20);
    for (let i = 0; i < 5; i += 1) {
      const page = await client.api.v2010.accounts(owner).calls.page({ pageSize: 5 });
      expect(page.instances).toHaveLength(5);
    }
    await sim.control.setFaults(owner, {});
    expect(sleeps.length).toBeGreaterThan(0);
  });

  it("gives up after its retries and reports Twilio as unavailable", async () => {
    const owner = await ownerSid();
    await sim.control.setFaults(owner, { rate5xx: 1 });
    const { client } = clientFor(connectSid, undefined, 3);
    const error = await client.api.v2010.accounts(owner).calls.page({ pageSize: 5 }).catch(toTwilioError);
    await sim.control.setFaults(owner, {});
    expect(error).toBeInstanceOf(TwilioError);
    expect((error as TwilioError).kind).toBe("unavailable");
    expect(sleeps).toHaveLength(3);
  });

  it("never retries a refused credential: 401/20003 is 'unauthorized' at once", async () => {
    const { client } = clientFor(connectSid, "f".repeat(32));
    const error = toTwilioError(
      await client.api.v2010
        .accounts(connectSid)
        .fetch()
        .catch((e: unknown) => e),
    );
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, code: 20003, isRevoked: true });
    expect(sleeps).toHaveLength(0);
  });

  it("maps an account outside the grant to 'not-found' (20404)", async () => {
    const { client } = clientFor(connectSid);
    const error = toTwilioError(
      await client.api.v2010
        .accounts(`AC${"0".repeat(32)}`)
        .fetch()
        .catch((e: unknown) => e),
    );
    expect(error).toMatchObject({ kind: "not-found", code: 20404 });
  });
});

describe("Retry-After", () => {
  let server: Server;
  let url: string;
  let answers: number[];

  beforeAll(async () => {
    server = createServer((_request, response) => {
      const status = answers.shift() ?? 200;
      if (status === 429) {
        response.writeHead(429, { "Content-Type": "application/json", "Retry-After": "3" });
        response.end(JSON.stringify({ code: 20429, message: "Too Many Requests", status: 429 }));
        return;
      }
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(
        JSON.stringify({
          sid: `AC${"1".repeat(32)}`,
          friendly_name: "x",
          owner_account_sid: `AC${"1".repeat(32)}`,
          status: "active",
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("waits at least as long as Twilio asks", async () => {
    answers = [429, 429];
    const sleeps: number[] = [];
    const http = new ResilientRequestClient({
      apiBaseUrl: url,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0,
    });
    const account = await twilio(`AC${"1".repeat(32)}`, "a".repeat(32), { httpClient: http })
      .api.v2010.accounts(`AC${"1".repeat(32)}`)
      .fetch();
    expect(account.friendlyName).toBe("x");
    expect(sleeps).toEqual([3000, 3000]);
  });

  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("rewriteTwilioUrl", () => {
  it("sends every *.twilio.com URL, next pages included, to the base URL", () => {
    expect(
      rewriteTwilioUrl("https://api.twilio.com/2010-04-01/Accounts.json?PageSize=5", "http://127.0.0.1:3030/"),
    ).toBe("http://127.0.0.1:3030/2010-04-01/Accounts.json?PageSize=5");
    expect(rewriteTwilioUrl("https://example.com/x", "http://127.0.0.1:3030")).toBe("https://example.com/x");
  });
});

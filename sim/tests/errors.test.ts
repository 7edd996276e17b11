import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let ada: { owner: string; token: string };
let graceOwner: string;

beforeAll(async () => {
  // Port 9 refuses connections: revoking here must not reach a real app.
  t = await startTestSim({ deauthorizeUrl: "http://127.0.0.1:9/twilio/deauthorize" });
  const { users } = await t.control.state();
  const adaUser = users.find((u) => u.email === "ada@example.com");
  graceOwner = users.find((u) => u.email === "grace@example.com")?.ownerAccountSid ?? "";
  ada = { owner: adaUser?.ownerAccountSid ?? "", token: adaUser?.accounts[0]?.authToken ?? "" };
});
afterAll(() => t.sim.close());

async function restError(promise: Promise<unknown>): Promise<twilio.RestException> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(twilio.RestException);
  return error as twilio.RestException;
}

describe("Twilio's errors come back as RestException", () => {
  it("20003 for a wrong token and after the user revokes", async () => {
    const connectSid = await t.connect("ada@example.com");
    const wrong = await restError(t.client(connectSid, "f".repeat(32)).api.v2010.accounts(ada.owner).fetch());
    expect([wrong.status, wrong.code]).toEqual([401, 20003]);
    expect(wrong.moreInfo).toBe("https://www.twilio.com/docs/errors/20003");

    const client = t.client(connectSid);
    await expect(client.api.v2010.accounts(ada.owner).fetch()).resolves.toMatchObject({ sid: ada.owner });
    const { delivery } = await t.control.revoke(connectSid);
    expect(delivery.status).toBeNull();
    const revoked = await restError(client.api.v2010.accounts(ada.owner).calls.page({ pageSize: 10 }));
    expect([revoked.status, revoked.code]).toEqual([401, 20003]);
  });

  it("20007 for PageSize above 1000", async () => {
    const client = t.client(await t.connect("ada@example.com"));
    const error = await restError(client.api.v2010.accounts(ada.owner).calls.page({ pageSize: 1001 }));
    expect([error.status, error.code]).toEqual([400, 20007]);
  });

  it("20404 outside the grant and for unknown calls; owner credentials see only their own tree", async () => {
    const client = t.client(await t.connect("ada@example.com"));
    const foreign = await restError(client.api.v2010.accounts(graceOwner).calls.page({ pageSize: 10 }));
    expect([foreign.status, foreign.code]).toEqual([404, 20404]);
    const unknown = await restError(
      client.api.v2010
        .accounts(ada.owner)
        .calls(`CA${"0".repeat(32)}`)
        .fetch(),
    );
    expect([unknown.status, unknown.code]).toEqual([404, 20404]);

    const asOwner = t.client(ada.owner, ada.token);
    expect((await asOwner.api.v2010.accounts(ada.owner).fetch()).authToken).toBe(ada.token);
    const ownerForeign = await restError(asOwner.api.v2010.accounts(graceOwner).fetch());
    expect(ownerForeign.code).toBe(20404);
  });
});

describe("fault injection", () => {
  it("answers 429/20429 with Twilio-Concurrent-Requests at the configured share", async () => {
    const client = t.client(await t.connect("ada@example.com"));
    await t.control.setFaults(ada.owner, { rate429: 1 });
    const error = await restError(client.api.v2010.accounts(ada.owner).calls.page({ pageSize: 10 }));
    expect([error.status, error.code]).toEqual([429, 20429]);
    expect(client.httpClient.lastResponse?.headers["twilio-concurrent-requests"]).toBe("1");
    await t.control.setFaults(ada.owner, {});
    await expect(client.api.v2010.accounts(ada.owner).calls.page({ pageSize: 10 })).resolves.toBeDefined();
  });

  it("caps concurrent requests per account", async () => {
    const client = t.client(await t.connect("ada@example.com"));
    await t.control.setFaults(ada.owner, { maxConcurrent: 2, latencyMs: 300 });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => client.api.v2010.accounts(ada.owner).calls.page({ pageSize: 5 })),
    );
    const rejected = results.flatMap((r) => (r.status === "rejected" ? [r.reason as twilio.RestException] : []));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(rejected.map((e) => e.code)).toEqual([20429, 20429, 20429]);
    await t.control.setFaults(ada.owner, {});
  });

  it("injects 5xx, slow pages and dropped connections", async () => {
    const client = t.client(await t.connect("ada@example.com"));
    const calls = client.api.v2010.accounts(ada.owner).calls;
    await t.control.setFaults(ada.owner, { rate5xx: 1 });
    const serverError = await restError(calls.page({ pageSize: 10 }));
    expect([500, 503]).toContain(serverError.status);
    expect([20500, 20503]).toContain(serverError.code);

    await t.control.setFaults(ada.owner, { slowPageMsPerItem: 2 });
    const started = performance.now();
    await calls.page({ pageSize: 200 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);

    await t.control.setFaults(ada.owner, { dropRate: 1 });
    const dropped: unknown = await calls.page({ pageSize: 10 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(dropped).toBeInstanceOf(Error);
    expect(dropped).not.toBeInstanceOf(twilio.RestException);
    await t.control.setFaults(ada.owner, {});
  });
});

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSim, type TestSim } from "./helpers";

interface Received {
  method: string;
  url: string;
  signature: string;
  contentType: string;
  params: Record<string, string>;
}

/** A stand-in for the app's Deauthorize URL that records what Twilio (the simulator) sent. */
async function startReceiver(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${req.url ?? ""}`,
        signature: String(req.headers["x-twilio-signature"] ?? ""),
        contentType: String(req.headers["content-type"] ?? ""),
        params: Object.fromEntries(new URLSearchParams(body)),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

describe.each(["POST", "GET"] as const)("deauthorize callback by %s", (method) => {
  let t: TestSim;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestSim({
      deauthorizeMethod: method,
      deauthorizeUrl: `${receiver.url}/twilio/deauthorize?app=demo`,
    });
  });
  afterAll(async () => {
    await t.sim.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it("carries AccountSid and ConnectAppSid, signed like a Twilio webhook", async () => {
    const connectSid = await t.connect("grace@example.com");
    const { delivery } = await t.control.revoke(connectSid);
    expect(delivery.status).toBe(204);
    const [request] = receiver.received;
    if (!request) throw new Error("no deauthorize request arrived");
    expect(request.method).toBe(method);
    const token = t.sim.config.authToken;
    const expected = { AccountSid: connectSid, ConnectAppSid: t.sim.config.connectAppSid };
    if (method === "POST") {
      expect(request.contentType).toBe("application/x-www-form-urlencoded");
      expect(request.params).toEqual(expected);
      expect(twilio.validateRequest(token, request.signature, request.url, request.params)).toBe(true);
    } else {
      expect(Object.fromEntries(new URL(request.url).searchParams)).toEqual({ app: "demo", ...expected });
      expect(twilio.validateRequest(token, request.signature, request.url, {})).toBe(true);
    }
    expect(twilio.validateRequest("0".repeat(32), request.signature, request.url, request.params)).toBe(false);
    const { deauthorizeDeliveries, authorizations } = await t.control.state();
    expect(deauthorizeDeliveries).toHaveLength(1);
    expect(authorizations.find((a) => a.accountSid === connectSid)?.active).toBe(false);
  });

  it("revokes from the console's Revoke button too", async () => {
    const connectSid = await t.connect("alan@example.com");
    const consolePage = await fetch(t.sim.url);
    expect(await consolePage.text()).toContain(`/console/authorizations/${connectSid}/revoke`);
    const response = await fetch(`${t.sim.url}/console/authorizations/${connectSid}/revoke`, {
      method: "POST",
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    const last = receiver.received.at(-1);
    const sent = method === "GET" ? new URL(last?.url ?? "").searchParams.get("AccountSid") : last?.params.AccountSid;
    expect(sent).toBe(connectSid);
    const error: unknown = await t
      .client(connectSid)
      .api.v2010.accounts(connectSid)
      .fetch()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 20003 });
  });
});

import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSim, type TestSim } from "@/sim/tests/helpers";
import { runTwilioCheck } from "./check";

describe("npm run twilio:check against the simulator", () => {
  let sim: TestSim;
  let connectSid: string;
  let ownerSid: string;
  let salesSid: string;

  beforeAll(async () => {
    sim = await startTestSim();
    const user = await sim.control.createUser({
      name: "Operator",
      email: "operator@example.com",
      calls: 1500,
      historyDays: 60,
      subaccounts: [
        { friendlyName: "Support", calls: 30 },
        { friendlyName: "Sales", calls: 10 },
      ],
    });
    ownerSid = user.ownerAccountSid;
    salesSid = user.accounts.find((a) => a.friendlyName === "Sales")!.sid;
    await sim.control.setFaults(salesSid, { denied: true });
    connectSid = await sim.connect("operator@example.com");
  });
  afterAll(async () => sim?.sim.close());

  async function check(accountSid: string | undefined, overrides: Record<string, string> = {}) {
    const lines: string[] = [];
    const env = {
      TWILIO_CONNECT_APP_SID: sim.sim.config.connectAppSid,
      TWILIO_AUTH_TOKEN: sim.sim.config.authToken,
      TWILIO_API_BASE_URL: sim.sim.url,
      ...overrides,
    };
    const code = await runTwilioCheck({ env, accountSid, print: (line) => lines.push(line), maxRetries: 0 });
    const output = lines.join("\n");
    if (env.TWILIO_AUTH_TOKEN) expect(output).not.toContain(env.TWILIO_AUTH_TOKEN);
    return { code, lines, output };
  }

  it("prints the account tree, how each account was found and what the grant reads, and exits 0", async () => {
    const { code, output } = await check(connectSid);
    expect(code).toBe(0);
    expect(output).toContain(`Owner account: ${ownerSid}`);
    expect(output).toMatch(/accounts-list\s+1 account\(s\)/);
    expect(output).toMatch(/owner-subaccounts\s+4 account\(s\)/);
    expect(output).toContain("Accounts: 4 found, calls readable in 3");
    expect(output).toContain(`${salesSid} subaccount "Sales" (active)`);
    expect(output).toContain("calls: 20404 not found; messages: 20404 not found");
    expect(output).toMatch(
      new RegExp(`${ownerSid} main account[^]*?newest call \\d{4}-[^]*?oldest call on \\d{4}-\\d{2}-\\d{2}`),
    );
    expect(output).toMatch(
      /first page of up to 1000 calls: \d+ ms; twilio-concurrent-requests: 1, twilio-request-id: RQ/,
    );
  });

  it("exits 1 with one line for a wrong Auth Token (20003)", async () => {
    const { code, lines } = await check(connectSid, { TWILIO_AUTH_TOKEN: "f".repeat(32) });
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/^twilio:check: Twilio refused the credentials \(401, error 20003\)/);
  });

  it("exits 1 with one line for an AccountSid that never authorized the app", async () => {
    const { code, lines } = await check(`AC${"9".repeat(32)}`);
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(
      /^twilio:check: Twilio refused the credentials \(401, error 20003\).*has not authorized/,
    );
  });

  it("exits 1 with one line when Twilio cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { code, lines } = await check(connectSid, { TWILIO_API_BASE_URL: `http://127.0.0.1:${port}` });
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(new RegExp(`^twilio:check: could not reach http://127.0.0.1:${port}: .*ECONNREFUSED`));
  });

  it("exits 2 naming what is missing or malformed", async () => {
    expect((await check(undefined)).lines).toEqual([
      "twilio:check: the AccountSid argument is not a Twilio Account SID (AC and 32 hex digits)",
    ]);
    const noToken = await check(connectSid, { TWILIO_AUTH_TOKEN: "" });
    expect([noToken.code, noToken.lines[0]]).toEqual([2, expect.stringMatching(/^twilio:check: TWILIO_AUTH_TOKEN /)]);
  });
});

import type twilio from "twilio";
import type { CallInstance, CallListInstancePageOptions } from "twilio/lib/rest/api/v2010/account/call";
import { createSimControlClient, type SimControlClient } from "../control-client";
import { startSimulator, type RunningSimulator, type SimOptions } from "../index";
import { sdkClientForSimulator } from "../testing/twilio-client";

export interface TestSim {
  sim: RunningSimulator;
  control: SimControlClient;
  /** A twilio-node client authenticated as `username` (default password: the Connect App token). */
  client(username: string, password?: string): twilio.Twilio;
  /** Approves the Connect App as `email` and returns the connect subaccount SID. */
  connect(email: string): Promise<string>;
}

/** A simulator on a free port with a frozen clock, so no call changes state mid-test. */
export async function startTestSim(options: SimOptions = {}): Promise<TestSim> {
  const sim = await startSimulator({ port: 0, freezeClock: true, ...options });
  const control = createSimControlClient(sim.url);
  return {
    sim,
    control,
    client: (username, password = sim.config.authToken) => sdkClientForSimulator(sim.url, username, password),
    connect: async (email) => (await control.authorize({ email })).accountSid,
  };
}

/** Every call the list returns for `params`, through page() and getPage(nextPageUrl). */
export async function allCalls(
  client: twilio.Twilio,
  accountSid: string,
  params: CallListInstancePageOptions = {},
): Promise<CallInstance[]> {
  const calls = client.api.v2010.accounts(accountSid).calls;
  let page = await calls.page({ pageSize: 1000, ...params });
  const all = [...page.instances];
  while (page.nextPageUrl) {
    page = await calls.getPage(page.nextPageUrl);
    all.push(...page.instances);
  }
  return all;
}

export function sids(items: readonly { sid: string }[]): string[] {
  return items.map((item) => item.sid);
}

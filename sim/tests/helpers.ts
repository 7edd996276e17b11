import type twilio from "twilio";
import type { CallInstance, CallListInstancePageOptions } from "twilio/lib/rest/api/v2010/account/call";
import type { MessageInstance, MessageListInstancePageOptions } from "twilio/lib/rest/api/v2010/account/message";
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

/** A list resource of the SDK (calls, messages): its first page, then the pages it links to. */
interface PagedList<Params, Item> {
  page(params: Params): Promise<{ instances: Item[]; nextPageUrl?: string }>;
  getPage(url: string): Promise<{ instances: Item[]; nextPageUrl?: string }>;
}

/** Every record a list returns for `params`, through page() and getPage(nextPageUrl). */
async function everyRecord<Params extends { pageSize?: number }, Item>(
  list: PagedList<Params, Item>,
  params: Params,
): Promise<Item[]> {
  let page = await list.page({ pageSize: 1000, ...params });
  const all = [...page.instances];
  while (page.nextPageUrl) {
    page = await list.getPage(page.nextPageUrl);
    all.push(...page.instances);
  }
  return all;
}

export function allCalls(
  client: twilio.Twilio,
  accountSid: string,
  params: CallListInstancePageOptions = {},
): Promise<CallInstance[]> {
  return everyRecord(client.api.v2010.accounts(accountSid).calls, params);
}

export function allMessages(
  client: twilio.Twilio,
  accountSid: string,
  params: MessageListInstancePageOptions = {},
): Promise<MessageInstance[]> {
  return everyRecord(client.api.v2010.accounts(accountSid).messages, params);
}

export function sids(items: readonly { sid: string }[]): string[] {
  return items.map((item) => item.sid);
}

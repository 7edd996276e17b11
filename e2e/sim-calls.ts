// The simulator's own view of a Twilio user's calls, read through the twilio SDK as any client
// would, and the dashboard's figures computed from it independently of the app.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { sdkClientForSimulator } from "../sim/testing/twilio-client";
import { E2E_SECRETS, SIM_URL } from "./config";
import { sim } from "./fixtures";

export type SimCall = {
  sid: string;
  direction: string;
  status: string;
  from: string;
  to: string;
  start: Date;
  duration: number;
  priceMicro: number | null;
  answeredBy: string | null;
};

/**
 * Every call of every account of the Twilio user who granted `connectSid`, as the simulator's
 * control API names them (not as the app discovers them), minus `exclude`.
 */
export async function simCalls(connectSid: string, exclude: readonly string[] = []): Promise<SimCall[]> {
  const client = sdkClientForSimulator(SIM_URL, connectSid, E2E_SECRETS.TWILIO_AUTH_TOKEN);
  const state = await sim.state();
  const userId = state.authorizations.find((a) => a.accountSid === connectSid)?.userId;
  const accounts = state.users.find((u) => u.id === userId)?.accounts ?? [];
  const lists = await Promise.all(
    accounts
      .filter((account) => !exclude.includes(account.sid))
      .map((account) => client.api.v2010.accounts(account.sid).calls.list({ pageSize: 1000 })),
  );
  return lists.flat().map((call) => ({
    sid: call.sid,
    direction: call.direction,
    status: call.status,
    from: call.from,
    to: call.to,
    start: call.startTime ?? call.dateCreated,
    duration: Number(call.duration ?? 0),
    // Prices in units of 1e-5 so sums are exact, as the database's DECIMAL sums are.
    priceMicro: call.price === null || call.price === undefined ? null : Math.round(Number(call.price) * 100_000),
    answeredBy: call.answeredBy ?? null,
  }));
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const inbound = (call: SimCall) => call.direction === "inbound" || call.direction === "trunking-originating";

function tally<K>(calls: SimCall[], key: (call: SimCall) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const call of calls) counts.set(key(call), (counts.get(key(call)) ?? 0) + 1);
  return counts;
}

/** The overview's figures for calls that started in [start, end), read in UTC. */
export function expectedFigures(all: SimCall[], start: Date, end: Date, direction?: "inbound") {
  const calls = all.filter((c) => c.start >= start && c.start < end && (!direction || inbound(c)));
  const count = (status: string) => calls.filter((c) => c.status === status).length;
  const byTo = [...tally(calls, (c) => c.to)].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return {
    total: calls.length,
    answered: count("completed"),
    failed: count("failed"),
    busy: count("busy"),
    noAnswer: count("no-answer"),
    inbound: calls.filter(inbound).length,
    inboundAnswered: calls.filter((c) => inbound(c) && c.status === "completed").length,
    outbound: calls.filter((c) => !inbound(c)).length,
    costMicro: -calls.reduce((sum, c) => sum + (c.priceMicro ?? 0), 0),
    answeredBy: calls.filter((c) => c.answeredBy !== null).length,
    // Calls whose other end (the caller of an inbound call, the callee of an outbound one) is a mobile.
    mobiles: calls.filter((c) => parsePhoneNumberFromString(inbound(c) ? c.from : c.to)?.getType() === "MOBILE").length,
    topTo: byTo[0] ?? null,
    heatmap: tally(calls, (c) => `${WEEKDAYS[c.start.getUTCDay()]} ${String(c.start.getUTCHours()).padStart(2, "0")}`),
  };
}

export const formatCount = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(n);
export const formatRate = (ratio: number) =>
  new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 }).format(ratio);
export const formatUsd = (micro: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(micro / 100_000);

// The simulator's own view of a Twilio user's messages, read through the twilio SDK as any client
// would, independently of the app.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { grantingUserAccounts } from "../sim/testing/granting-user";
import { sdkClientForSimulator } from "../sim/testing/twilio-client";
import { E2E_SECRETS, SIM_URL } from "./config";
import { sim } from "./fixtures";

export type MessageChannel = "sms" | "mms" | "whatsapp";

export type SimMessage = {
  sid: string;
  accountSid: string;
  direction: string;
  status: string;
  from: string;
  to: string;
  /** date_sent, or date_created while the message is queued and has none. */
  sent: Date;
  segments: number;
  media: number;
  priceMicro: number | null;
  errorCode: number | null;
  channel: MessageChannel;
};

const WHATSAPP = "whatsapp:";

function channelOf(from: string, to: string, media: number): MessageChannel {
  if (from.startsWith(WHATSAPP) || to.startsWith(WHATSAPP)) return "whatsapp";
  return media > 0 ? "mms" : "sms";
}

/**
 * Every message of every account of the Twilio user who granted `connectSid`, as the simulator's
 * control API names the accounts (not as the app discovers them), minus `exclude`.
 */
export async function simMessages(connectSid: string, exclude: readonly string[] = []): Promise<SimMessage[]> {
  const client = sdkClientForSimulator(SIM_URL, connectSid, E2E_SECRETS.TWILIO_AUTH_TOKEN);
  const accounts = await grantingUserAccounts(sim, connectSid);
  const lists = await Promise.all(
    accounts
      .filter((sid) => !exclude.includes(sid))
      .map((sid) => client.api.v2010.accounts(sid).messages.list({ pageSize: 1000 })),
  );
  return lists.flat().map((message) => {
    const media = Number(message.numMedia ?? 0);
    return {
      sid: message.sid,
      accountSid: message.accountSid,
      direction: message.direction,
      status: message.status,
      from: message.from,
      to: message.to,
      // The SDK types date_sent as a Date; a queued message's is null.
      sent: message.dateSent ?? message.dateCreated,
      segments: Number(message.numSegments ?? 0),
      media,
      // Prices in units of 1e-5 so sums are exact, as the database's DECIMAL sums are.
      priceMicro:
        message.price === null || message.price === undefined ? null : Math.round(Number(message.price) * 100_000),
      errorCode: message.errorCode ?? null,
      channel: channelOf(message.from, message.to, media),
    };
  });
}

/** A party's country as the app tells it: from the numbering plan, only for a number the plan knows. */
function countryOf(address: string): string | null {
  const parsed = parsePhoneNumberFromString(address.replace(/^whatsapp:/, ""));
  return (parsed?.getType() && parsed.country) || null;
}

const FUNNEL_SENT = new Set(["sent", "delivered", "read", "undelivered", "partially_delivered"]);

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DELIVERED = new Set(["delivered", "read"]);

/** The messages overview's figures for messages sent in [start, end), read in UTC. */
export function expectedMessageFigures(all: SimMessage[], start: Date, end: Date) {
  const messages = all.filter((m) => m.sent >= start && m.sent < end);
  const outbound = messages.filter((m) => m.direction !== "inbound");
  const count = (list: SimMessage[], test: (m: SimMessage) => boolean) => list.filter(test).length;
  const delivered = count(outbound, (m) => DELIVERED.has(m.status));
  const undelivered = count(outbound, (m) => m.status === "undelivered");
  const failed = count(outbound, (m) => m.status === "failed");
  const tally = <K>(list: SimMessage[], key: (m: SimMessage) => K) => {
    const counts = new Map<K, number>();
    for (const m of list) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
    return counts;
  };
  return {
    total: messages.length,
    sent: outbound.length,
    received: messages.length - outbound.length,
    delivered,
    undelivered,
    failed,
    deliveryRate: delivered + undelivered + failed > 0 ? delivered / (delivered + undelivered + failed) : null,
    segments: messages.reduce((sum, m) => sum + m.segments, 0),
    costMicro: -messages.reduce((sum, m) => sum + (m.priceMicro ?? 0), 0),
    errorCodes: tally(
      messages.filter((m) => m.errorCode !== null),
      (m) => m.errorCode,
    ),
    channels: tally(messages, (m) => m.channel),
    funnel: {
      Queued: outbound.length,
      Sent: count(outbound, (m) => FUNNEL_SENT.has(m.status)),
      Delivered: delivered,
      Read: count(outbound, (m) => m.status === "read"),
    },
    countries: tally(messages, (m) => countryOf(m.direction === "inbound" ? m.from : m.to)),
    to: tally(messages, (m) => m.to),
    heatmap: tally(messages, (m) => `${WEEKDAYS[m.sent.getUTCDay()]} ${String(m.sent.getUTCHours()).padStart(2, "0")}`),
  };
}

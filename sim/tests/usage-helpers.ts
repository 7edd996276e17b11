import type twilio from "twilio";
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import type { DailyInstance, DailyListInstanceOptions } from "twilio/lib/rest/api/v2010/account/usage/record/daily";

export const DAY_MS = 86_400_000;
/** The UTC day of an instant, YYYY-MM-DD. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A UTC day's start, as the SDK's usage parameters take it. */
export const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** Count, usage and price (millionths of a dollar) of one category, as a test sums them. */
export interface Figures {
  count: number;
  usage: number;
  micros: number;
}

const micros = (price: string | number | null) => Math.round(Math.abs(Number(price ?? 0)) * 1_000_000);
const utcDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

const party = (c: CallInstance, prefix: string) => c.from.startsWith(prefix) || c.to.startsWith(prefix);
const plain = (c: CallInstance) => !party(c, "client:") && !party(c, "sip:");
/** The categories the Calls list can be summed into, each with how to pick its calls. */
const CALL_CATEGORIES: Record<string, (c: CallInstance) => boolean> = {
  calls: plain,
  "calls-inbound": (c) => plain(c) && c.direction === "inbound",
  "calls-outbound": (c) => plain(c) && c.direction !== "inbound",
  "calls-client": (c) => party(c, "client:"),
  "calls-sip": (c) => party(c, "sip:") && !party(c, "client:"),
};

const channel = (m: MessageInstance) =>
  m.from.startsWith("whatsapp:") ? "whatsapp" : Number(m.numMedia) > 0 ? "mms" : "sms";
const inbound = (m: MessageInstance) => m.direction === "inbound";
const MESSAGE_CATEGORIES: Record<string, (m: MessageInstance) => boolean> = {
  sms: (m) => channel(m) === "sms",
  "sms-inbound": (m) => channel(m) === "sms" && inbound(m),
  "sms-outbound": (m) => channel(m) === "sms" && !inbound(m),
  mms: (m) => channel(m) === "mms",
  "mms-inbound": (m) => channel(m) === "mms" && inbound(m),
  "mms-outbound": (m) => channel(m) === "mms" && !inbound(m),
  "channels-whatsapp": (m) => channel(m) === "whatsapp",
};

export const LISTED_CATEGORIES = [...Object.keys(CALL_CATEGORIES), ...Object.keys(MESSAGE_CATEGORIES)].sort();

function sum<T>(items: T[], usage: (item: T) => number, price: (item: T) => string | null): Figures {
  return {
    count: items.length,
    usage: items.reduce((total, item) => total + usage(item), 0),
    micros: items.reduce((total, item) => total + micros(price(item)), 0),
  };
}

/**
 * Per category, what the spec says usage holds for `day`, summed from the lists alone: completed
 * calls by start_time (minutes started, price when shown), messages sent that day and not failed
 * (segments).
 */
export function expectedFigures(calls: CallInstance[], messages: MessageInstance[], day: string) {
  const billedCalls = calls.filter((c) => c.status === "completed" && utcDay(c.startTime) === day);
  const billedMessages = messages.filter((m) => m.status !== "failed" && utcDay(m.dateSent) === day);
  const figures: Record<string, Figures> = {};
  for (const [category, picks] of Object.entries(CALL_CATEGORIES)) {
    const picked = billedCalls.filter(picks);
    figures[category] = sum(
      picked,
      (c) => Math.ceil(Number(c.duration) / 60),
      (c) => c.price,
    );
  }
  for (const [category, picks] of Object.entries(MESSAGE_CATEGORIES)) {
    const picked = billedMessages.filter(picks);
    figures[category] = sum(
      picked,
      (m) => Number(m.numSegments),
      (m) => m.price,
    );
  }
  return figures;
}

/** totalprice counts dollars: its count and usage are compared in millionths, as prices are. */
export function figuresOf(record: Pick<DailyInstance, "count" | "usage" | "price" | "countUnit">): Figures {
  const amount = (value: string) => (record.countUnit === "usd" ? micros(value) : Number(value));
  return { count: amount(record.count), usage: amount(record.usage), micros: micros(record.price) };
}

/** Daily records by day, then category. */
export async function dailyUsage(
  client: twilio.Twilio,
  accountSid: string,
  options: DailyListInstanceOptions,
): Promise<Map<string, Map<string, DailyInstance>>> {
  const records = await client.api.v2010.accounts(accountSid).usage.records.daily.list({ pageSize: 1000, ...options });
  const byDay = new Map<string, Map<string, DailyInstance>>();
  for (const record of records) {
    const day = utcDay(record.startDate) ?? "";
    byDay.set(day, (byDay.get(day) ?? new Map<string, DailyInstance>()).set(record.category, record));
  }
  return byDay;
}

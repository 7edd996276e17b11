/**
 * The usage categories the simulator counts (a small part of Twilio's list, twilio.com/docs/usage/api/
 * usage-record#usage-categories). Only the leaves are counted; every other category is the sum of
 * the leaves it names, as Twilio's overlap: `calls` = inbound + outbound (client and SIP calls are
 * categories of their own), `sms`, `mms` and `phonenumbers` likewise, and `totalprice` all of them.
 */
export const LEAF_CATEGORIES = [
  "calls-inbound",
  "calls-outbound",
  "calls-client",
  "calls-sip",
  "sms-inbound",
  "sms-outbound",
  "mms-inbound",
  "mms-outbound",
  "channels-whatsapp",
  "phonenumbers-local",
  "phonenumbers-tollfree",
  "recordings",
  "recordingstorage",
  "lookups",
] as const;
export type LeafCategory = (typeof LEAF_CATEGORIES)[number];

export interface UsageCategory {
  name: string;
  description: string;
  countUnit: string;
  usageUnit: string;
  /** The leaves summed into it; a leaf names itself. */
  parts: readonly LeafCategory[];
}

const calls = { countUnit: "calls", usageUnit: "minutes" };
const messages = { countUnit: "messages", usageUnit: "segments" };
const numbers = { countUnit: "numbers", usageUnit: "numbers" };

/** Listed in this order within a day or month. */
export const USAGE_CATEGORIES: readonly UsageCategory[] = [
  { name: "totalprice", description: "Total Price", countUnit: "usd", usageUnit: "usd", parts: LEAF_CATEGORIES },
  { name: "calls", description: "Voice Minutes", ...calls, parts: ["calls-inbound", "calls-outbound"] },
  { name: "calls-inbound", description: "Inbound Voice Minutes", ...calls, parts: ["calls-inbound"] },
  { name: "calls-outbound", description: "Outbound Voice Minutes", ...calls, parts: ["calls-outbound"] },
  { name: "calls-client", description: "Client Calls", ...calls, parts: ["calls-client"] },
  { name: "calls-sip", description: "SIP Calls", ...calls, parts: ["calls-sip"] },
  { name: "sms", description: "SMS Messages", ...messages, parts: ["sms-inbound", "sms-outbound"] },
  { name: "sms-inbound", description: "Inbound SMS Messages", ...messages, parts: ["sms-inbound"] },
  { name: "sms-outbound", description: "Outbound SMS Messages", ...messages, parts: ["sms-outbound"] },
  { name: "mms", description: "MMS Messages", ...messages, parts: ["mms-inbound", "mms-outbound"] },
  { name: "mms-inbound", description: "Inbound MMS Messages", ...messages, parts: ["mms-inbound"] },
  { name: "mms-outbound", description: "Outbound MMS Messages", ...messages, parts: ["mms-outbound"] },
  { name: "channels-whatsapp", description: "WhatsApp Messages", ...messages, parts: ["channels-whatsapp"] },
  {
    name: "phonenumbers",
    description: "Phone Numbers",
    ...numbers,
    parts: ["phonenumbers-local", "phonenumbers-tollfree"],
  },
  { name: "phonenumbers-local", description: "Local Phone Numbers", ...numbers, parts: ["phonenumbers-local"] },
  {
    name: "phonenumbers-tollfree",
    description: "Toll-free Phone Numbers",
    ...numbers,
    parts: ["phonenumbers-tollfree"],
  },
  {
    name: "recordings",
    description: "Voice Recordings",
    countUnit: "recordings",
    usageUnit: "minutes",
    parts: ["recordings"],
  },
  {
    name: "recordingstorage",
    description: "Voice Recording Storage",
    countUnit: "minutes",
    usageUnit: "minutes",
    parts: ["recordingstorage"],
  },
  { name: "lookups", description: "Lookups", countUnit: "lookups", usageUnit: "lookups", parts: ["lookups"] },
];

export const TOTAL_PRICE = "totalprice";

/** Count, usage and price of one category over a period; price in millionths of a dollar, summed exactly. */
export interface Tally {
  count: number;
  usage: number;
  micros: number;
}

export type Tallies = Map<LeafCategory, Tally>;

export function addTally(into: Tallies, category: LeafCategory, count: number, usage: number, micros: number): void {
  const tally = into.get(category);
  if (tally) {
    tally.count += count;
    tally.usage += usage;
    tally.micros += micros;
  } else {
    into.set(category, { count, usage, micros });
  }
}

export function addTallies(into: Tallies, from: Tallies): void {
  for (const [category, t] of from) addTally(into, category, t.count, t.usage, t.micros);
}

/** One category's figures from the leaves; totalprice counts dollars (in millionths), as Twilio's does. */
export function categoryTally(category: UsageCategory, leaves: Tallies): Tally {
  const total = { count: 0, usage: 0, micros: 0 };
  for (const part of category.parts) {
    const t = leaves.get(part);
    if (!t) continue;
    total.count += t.count;
    total.usage += t.usage;
    total.micros += t.micros;
  }
  return category.name === TOTAL_PRICE ? { count: total.micros, usage: total.micros, micros: total.micros } : total;
}

/** A price string as Twilio writes it (negative for a charge) in millionths of a dollar, positive. */
export function priceMicros(price: string | null): number {
  const value = price === null ? NaN : Number(price);
  return Number.isFinite(value) ? Math.round(Math.abs(value) * 1_000_000) : 0;
}

import { addIsoDays, daysBetween } from "@/lib/time";

// Usage records for the spend tests, shaped as Twilio's: overlapping categories (`calls` holds
// `calls-inbound` and `calls-outbound`, `channels` holds `channels-whatsapp`, `lookups` holds
// `lookups-carrier`, `totalprice` holds every top-level one), daily records inside each account's
// daily window and monthly ones (the sums of its days) for the months before.

export type FixtureUsage = {
  accountSid: string;
  period: "daily" | "monthly";
  category: string;
  startDate: string;
  endDate: string;
  count: number;
  usage: number;
  price: number;
  countUnit: string;
  usageUnit: string;
};

type Leaf = { category: string; parent: string | null; units: [string, string]; rate: number };

/** The leaves drawn each day, and the top-level category each is summed into (itself when null). */
const LEAVES: Leaf[] = [
  { category: "calls-inbound", parent: "calls", units: ["calls", "minutes"], rate: 0.0085 },
  { category: "calls-outbound", parent: "calls", units: ["calls", "minutes"], rate: 0.014 },
  { category: "calls-client", parent: null, units: ["calls", "minutes"], rate: 0.004 },
  { category: "sms-inbound", parent: "sms", units: ["messages", "segments"], rate: 0.0079 },
  { category: "sms-outbound", parent: "sms", units: ["messages", "segments"], rate: 0.0079 },
  { category: "channels-whatsapp", parent: "channels", units: ["conversations", "conversations"], rate: 0.005 },
  { category: "channels-messaging-inbound", parent: "channels", units: ["messages", "messages"], rate: 0.001 },
  { category: "recordings", parent: null, units: ["recordings", "minutes"], rate: 0.0025 },
  { category: "lookups-carrier", parent: "lookups", units: ["lookups", "lookups"], rate: 0.005 },
  { category: "lookups-callername", parent: "lookups", units: ["lookups", "lookups"], rate: 0.01 },
];

/** The top-level categories `totalprice` adds up. */
export const TOP_LEVEL = ["calls", "calls-client", "sms", "channels", "recordings", "lookups", "phonenumbers"];

/** A small deterministic generator (mulberry32), so every run draws the same records. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round5 = (value: number) => Math.round(value * 100_000) / 100_000;

/** One account's daily records for each day from `from` to `to`, with its numbers charged on the 9th. */
function dailyRecords(accountSid: string, from: string, to: string, seed: number): FixtureUsage[] {
  const draw = random(seed);
  const records: FixtureUsage[] = [];
  for (let i = 0; i <= daysBetween(from, to); i++) {
    const day = addIsoDays(from, i);
    const sums = new Map<string, FixtureUsage>();
    const add = (
      category: string,
      count: number,
      usage: number,
      price: number,
      [countUnit, usageUnit]: [string, string],
    ) => {
      const entry = sums.get(category) ?? {
        accountSid,
        period: "daily" as const,
        category,
        startDate: day,
        endDate: day,
        count: 0,
        usage: 0,
        price: 0,
        countUnit,
        usageUnit,
      };
      sums.set(category, {
        ...entry,
        count: entry.count + count,
        usage: entry.usage + usage,
        price: round5(entry.price + price),
      });
    };
    for (const leaf of LEAVES) {
      // Some days have no usage of a kind at all: Twilio's zero records are not stored.
      if (draw() < 0.2) continue;
      const count = 1 + Math.floor(draw() * 40);
      const usage = count * (1 + Math.floor(draw() * 5));
      const price = round5(usage * leaf.rate);
      add(leaf.category, count, usage, price, leaf.units);
      if (leaf.parent) add(leaf.parent, count, usage, price, leaf.units);
    }
    if (day.endsWith("-09")) {
      add("phonenumbers-local", 2, 2, 2.3, ["numbers", "numbers"]);
      add("phonenumbers", 2, 2, 2.3, ["numbers", "numbers"]);
    }
    const total = round5(TOP_LEVEL.reduce((sum, category) => sum + (sums.get(category)?.price ?? 0), 0));
    if (total > 0) add("totalprice", total, total, total, ["usd", "usd"]);
    records.push(...sums.values());
  }
  return records;
}

/** Monthly records: per category, the sums of the days of each month (whole months). */
function monthlyRecords(days: readonly FixtureUsage[]): FixtureUsage[] {
  const months = new Map<string, FixtureUsage>();
  for (const day of days) {
    const month = day.startDate.slice(0, 7);
    const key = `${day.accountSid}|${day.category}|${month}`;
    const entry = months.get(key) ?? {
      ...day,
      period: "monthly" as const,
      startDate: `${month}-01`,
      endDate: addIsoDays(`${addIsoDays(`${month}-01`, 31).slice(0, 7)}-01`, -1),
      count: 0,
      usage: 0,
      price: 0,
    };
    months.set(key, {
      ...entry,
      count: entry.count + day.count,
      usage: entry.usage + day.usage,
      price: round5(entry.price + day.price),
    });
  }
  return [...months.values()];
}

/**
 * An account's usage from `first` to `last` as the import stores it: daily records from
 * `dailyFrom` (any day), and monthly records, each of a whole month, for the months with days
 * before it; the month `dailyFrom` falls in then has both.
 */
export function buildUsage(accountSid: string, first: string, dailyFrom: string, last: string, seed: number) {
  const all = dailyRecords(accountSid, first, last, seed);
  const monthly = new Set(all.filter((r) => r.startDate < dailyFrom).map((r) => r.startDate.slice(0, 7)));
  return [
    ...monthlyRecords(all.filter((r) => monthly.has(r.startDate.slice(0, 7)))),
    ...all.filter((r) => r.startDate >= dailyFrom),
  ];
}

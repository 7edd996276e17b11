import { pick, type Rand } from "../lib/hash";

/**
 * Destinations the generator dials, with per-minute voice and per-segment SMS rates in USD
 * (rounded from Twilio's public US-account price lists) so price depends on the country.
 */
export interface Country {
  iso: CountryCode;
  dial: string;
  prefixes: readonly string[];
  nationalLength: number;
  outboundPerMinute: number;
  inboundPerMinute: number;
  smsPerSegment: number;
}

export const COUNTRY_CODES = ["US", "CA", "GB", "DE", "FR", "BR", "IN", "AU"] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

const TABLE: readonly Country[] = [
  {
    iso: "US",
    dial: "1",
    prefixes: ["212", "305", "415", "512", "617", "312", "206", "404", "720", "646"],
    nationalLength: 10,
    outboundPerMinute: 0.014,
    inboundPerMinute: 0.0085,
    smsPerSegment: 0.0079,
  },
  {
    iso: "CA",
    dial: "1",
    prefixes: ["416", "604", "514", "403", "613"],
    nationalLength: 10,
    outboundPerMinute: 0.014,
    inboundPerMinute: 0.0085,
    smsPerSegment: 0.0079,
  },
  {
    iso: "GB",
    dial: "44",
    prefixes: ["20", "161", "131", "7700", "7911", "7438"],
    nationalLength: 10,
    outboundPerMinute: 0.0315,
    inboundPerMinute: 0.01,
    smsPerSegment: 0.0524,
  },
  {
    iso: "DE",
    dial: "49",
    prefixes: ["30", "89", "40", "151", "160", "176"],
    nationalLength: 11,
    outboundPerMinute: 0.0474,
    inboundPerMinute: 0.01,
    smsPerSegment: 0.0936,
  },
  {
    iso: "FR",
    dial: "33",
    prefixes: ["1", "4", "6", "7"],
    nationalLength: 9,
    outboundPerMinute: 0.0326,
    inboundPerMinute: 0.01,
    smsPerSegment: 0.0846,
  },
  {
    iso: "BR",
    dial: "55",
    prefixes: ["119", "219", "319", "11", "21"],
    nationalLength: 11,
    outboundPerMinute: 0.0604,
    inboundPerMinute: 0.02,
    smsPerSegment: 0.0625,
  },
  {
    iso: "IN",
    dial: "91",
    prefixes: ["98", "99", "97", "80", "22"],
    nationalLength: 10,
    outboundPerMinute: 0.0354,
    inboundPerMinute: 0.0085,
    smsPerSegment: 0.0832,
  },
  {
    iso: "AU",
    dial: "61",
    prefixes: ["4", "2", "3", "8"],
    nationalLength: 9,
    outboundPerMinute: 0.0465,
    inboundPerMinute: 0.01,
    smsPerSegment: 0.0515,
  },
];

export function country(iso: CountryCode): Country {
  const found = TABLE.find((c) => c.iso === iso);
  if (!found) throw new Error(`Unknown country ${iso}`);
  return found;
}

/** The country of an E.164 number; NANP numbers count as US unless the area code is Canadian. */
export function countryOfNumber(e164: string): Country {
  const ca = country("CA");
  if (e164.startsWith("+1")) return ca.prefixes.includes(e164.slice(2, 5)) ? ca : country("US");
  return TABLE.find((c) => c.iso !== "US" && c.iso !== "CA" && e164.startsWith(`+${c.dial}`)) ?? country("US");
}

export function phoneNumber(c: Country, r: Rand): string {
  let digits = pick(r(), c.prefixes);
  // NANP exchange codes never start with 0 or 1.
  if (c.dial === "1") digits += String(2 + Math.floor(r() * 8));
  while (digits.length < c.nationalLength) digits += String(Math.floor(r() * 10));
  return `+${c.dial}${digits}`;
}

/** Twilio formats NANP numbers as "(305) 191-3581" and leaves the others in E.164. */
export function formatNumber(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : e164;
}

export function formatPrice(cost: number): string {
  return cost === 0 ? "0.00000" : (-cost).toFixed(5);
}

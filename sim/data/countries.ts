import { pick, type Rand } from "../lib/hash";

/** Leading digits of one kind of line and how many national digits its numbers have. */
interface NumberRange {
  prefixes: readonly string[];
  nationalLength: number;
}

/**
 * Destinations the generator dials and texts, with per-minute voice, per-segment SMS, per-message
 * MMS and WhatsApp rates in USD (rounded from Twilio's public US-account price lists) so price
 * depends on the country, how often texts to it get through, and the ranges its numbers come
 * from: valid numbers of their kind in the country's numbering plan.
 */
export interface Country {
  iso: CountryCode;
  dial: string;
  /** Geographic numbers (area codes in North America), where Twilio's local numbers come from too. */
  landline: NumberRange;
  /** Null where the numbering plan does not set mobiles apart (US, Canada). */
  mobile: NumberRange | null;
  /** Share of the people calling and called who are on a mobile. */
  mobileShare: number;
  tollFree: NumberRange | null;
  outboundPerMinute: number;
  inboundPerMinute: number;
  smsPerSegment: number;
  /** Flat, whatever the length; null where Twilio carries no MMS (it sends them as SMS). */
  mmsPerMessage: number | null;
  /** Twilio's fee plus the destination's share of Meta's. */
  whatsappPerMessage: number;
  smsDelivery: SmsDelivery;
}

/**
 * What becomes of SMS sent to a country: the shares Twilio fails before sending and carriers
 * report undelivered, and how much of the failures is carrier filtering (30007). Where sender
 * registration is strict (Brazil, India) far more is filtered.
 */
export interface SmsDelivery {
  failed: number;
  undelivered: number;
  filtered: number;
}

export const COUNTRY_CODES = ["US", "CA", "GB", "DE", "FR", "BR", "IN", "AU"] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** Share of the people called and calling in North America who are on a toll-free line (businesses). */
const TOLL_FREE_SHARE = 0.04;

const TABLE: readonly Country[] = [
  {
    iso: "US",
    dial: "1",
    landline: { prefixes: ["212", "305", "415", "512", "617", "312", "206", "404", "720", "646"], nationalLength: 10 },
    mobile: null,
    mobileShare: 0,
    tollFree: { prefixes: ["800", "888", "877"], nationalLength: 10 },
    outboundPerMinute: 0.014,
    inboundPerMinute: 0.0085,
    smsPerSegment: 0.0079,
    mmsPerMessage: 0.02,
    whatsappPerMessage: 0.005,
    smsDelivery: { failed: 0.008, undelivered: 0.015, filtered: 0.3 },
  },
  {
    iso: "CA",
    dial: "1",
    landline: { prefixes: ["416", "604", "514", "403", "613"], nationalLength: 10 },
    mobile: null,
    mobileShare: 0,
    tollFree: null,
    outboundPerMinute: 0.014,
    inboundPerMinute: 0.0085,
    smsPerSegment: 0.0079,
    mmsPerMessage: 0.02,
    whatsappPerMessage: 0.005,
    smsDelivery: { failed: 0.006, undelivered: 0.012, filtered: 0.3 },
  },
  {
    iso: "GB",
    dial: "44",
    landline: { prefixes: ["207", "208", "203", "161", "141"], nationalLength: 10 },
    mobile: { prefixes: ["7400", "7450", "7480", "7570", "7800", "7900"], nationalLength: 10 },
    mobileShare: 0.65,
    tollFree: null,
    outboundPerMinute: 0.0315,
    inboundPerMinute: 0.01,
    smsPerSegment: 0.0524,
    mmsPerMessage: null,
    whatsappPerMessage: 0.008,
    smsDelivery: { failed: 0.005, undelivered: 0.01, filtered: 0.3 },
  },
  {
    iso: "DE",
    dial: "49",
    landline: { prefixes: ["30", "89", "40", "221", "69"], nationalLength: 10 },
    mobile: { prefixes: ["151", "176"], nationalLength: 11 },
    mobileShare: 0.6,
    tollFree: null,
    outboundPerMinute: 0.0474,
    inboundPerMinute: 0.01,
    smsPerSegment: 0.0936,
    mmsPerMessage: null,
    whatsappPerMessage: 0.013,
    smsDelivery: { failed: 0.01, undelivered: 0.025, filtered: 0.35 },
  },
  {
    iso: "FR",
    dial: "33",
    landline: { prefixes: ["1", "3"], nationalLength: 9 },
    mobile: { prefixes: ["61", "65", "67", "75", "76", "77", "78"], nationalLength: 9 },
    mobileShare: 0.6,
    tollFree: null,
    outboundPerMinute: 0.0326,
    inboundPerMinute: 0.01,
    smsPerSegment: 0.0846,
    mmsPerMessage: null,
    whatsappPerMessage: 0.012,
    smsDelivery: { failed: 0.012, undelivered: 0.025, filtered: 0.35 },
  },
  {
    iso: "BR",
    dial: "55",
    landline: { prefixes: ["113", "213", "313"], nationalLength: 10 },
    mobile: { prefixes: ["119", "219", "319"], nationalLength: 11 },
    mobileShare: 0.75,
    tollFree: null,
    outboundPerMinute: 0.0604,
    inboundPerMinute: 0.02,
    smsPerSegment: 0.0625,
    mmsPerMessage: null,
    whatsappPerMessage: 0.0075,
    smsDelivery: { failed: 0.06, undelivered: 0.05, filtered: 0.7 },
  },
  {
    iso: "IN",
    dial: "91",
    landline: { prefixes: ["222", "802", "112"], nationalLength: 10 },
    mobile: { prefixes: ["98", "99", "97", "93"], nationalLength: 10 },
    mobileShare: 0.85,
    tollFree: null,
    outboundPerMinute: 0.0354,
    inboundPerMinute: 0.0085,
    smsPerSegment: 0.0832,
    mmsPerMessage: null,
    whatsappPerMessage: 0.006,
    smsDelivery: { failed: 0.09, undelivered: 0.05, filtered: 0.8 },
  },
  {
    iso: "AU",
    dial: "61",
    landline: { prefixes: ["29", "39", "73"], nationalLength: 9 },
    mobile: { prefixes: ["40", "41", "42", "43"], nationalLength: 9 },
    mobileShare: 0.65,
    tollFree: null,
    outboundPerMinute: 0.0465,
    inboundPerMinute: 0.01,
    smsPerSegment: 0.0515,
    mmsPerMessage: null,
    whatsappPerMessage: 0.009,
    smsDelivery: { failed: 0.008, undelivered: 0.02, filtered: 0.3 },
  },
];

export function country(iso: CountryCode): Country {
  const found = TABLE.find((c) => c.iso === iso);
  if (!found) throw new Error(`Unknown country ${iso}`);
  return found;
}

/** The country of an E.164 number; NANP numbers count as US unless the area code is Canadian. */
const NANP = { us: country("US"), ca: country("CA") };
const OUTSIDE_NANP = TABLE.filter((c) => c.dial !== "1").map((c) => ({ prefix: `+${c.dial}`, country: c }));

export function countryOfNumber(e164: string): Country {
  const { us, ca } = NANP;
  if (e164.startsWith("+1")) return ca.landline.prefixes.includes(e164.slice(2, 5)) ? ca : us;
  return OUTSIDE_NANP.find(({ prefix }) => e164.startsWith(prefix))?.country ?? us;
}

function numberIn(c: Country, range: NumberRange, r: Rand): string {
  let digits = pick(r(), range.prefixes);
  // NANP exchange codes never start with 0 or 1.
  if (c.dial === "1") digits += String(2 + Math.floor(r() * 8));
  while (digits.length < range.nationalLength) digits += String(Math.floor(r() * 10));
  return `+${c.dial}${digits}`;
}

/** A geographic number: a Twilio local number, a business line. */
export function phoneNumber(c: Country, r: Rand): string {
  return numberIn(c, c.landline, r);
}

/** Someone calling or called: on a mobile in the country's share, a toll-free line now and then, else a landline. */
export function contactNumber(c: Country, r: Rand): string {
  const line = r();
  if (c.mobile && line < c.mobileShare) return numberIn(c, c.mobile, r);
  if (c.tollFree && line > 1 - TOLL_FREE_SHARE) return numberIn(c, c.tollFree, r);
  return numberIn(c, c.landline, r);
}

/** Twilio formats NANP numbers as "(305) 191-3581" and leaves the others in E.164. */
export function formatNumber(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : e164;
}

export function formatPrice(cost: number): string {
  return cost === 0 ? "0.00000" : (-cost).toFixed(5);
}

import type { SeriesContext } from "./call-generator";
import { countryOfNumber, formatPrice } from "./countries";
import type { GeneratedSeries } from "./record-log";
import { Timeline } from "./timeline";
import { hex32, pick, rng, weighted } from "../lib/hash";

export type MessageDirection = "inbound" | "outbound-api" | "outbound-reply";

export interface MessageRecord {
  sid: string;
  accountSid: string;
  direction: MessageDirection;
  from: string;
  to: string;
  body: string;
  numSegments: number;
  numMedia: number;
  status: "received" | "delivered" | "sent" | "undelivered" | "failed";
  errorCode: number | null;
  errorMessage: string | null;
  messagingServiceSid: string | null;
  sentSec: number;
  cost: number;
  priceDelaySec: number;
}

const DIRECTIONS = [
  ["inbound", 0.4],
  ["outbound-api", 0.5],
  ["outbound-reply", 0.1],
] as const;
const OUTBOUND_STATUSES = [
  ["delivered", 0.85],
  ["sent", 0.05],
  ["undelivered", 0.05],
  ["failed", 0.05],
] as const;
const ERRORS: Record<string, readonly (readonly [number, string])[]> = {
  undelivered: [
    [30003, "Unreachable destination handset"],
    [30005, "Unknown destination handset"],
    [30006, "Landline or unreachable carrier"],
  ],
  failed: [
    [30007, "Message filtered"],
    [30008, "Unknown error"],
  ],
};
const BODIES = [
  "Your appointment is confirmed for tomorrow at 10:30. Reply C to cancel.",
  "Your verification code is 482913",
  "Thanks! We received your order and will ship it today.",
  "Can you call me back when you have a minute?",
  "Yes, that works for me.",
  "Reminder: your delivery arrives tomorrow between 9am and 12pm. Track it any time from the link in your account, or reply HELP for options and STOP to opt out of these messages.",
  "Running 10 minutes late, sorry!",
];
const INBOUND_SMS_PER_SEGMENT = 0.0079;

export function messageSeries(ctx: SeriesContext, seed: number): GeneratedSeries<MessageRecord> {
  const { profile } = ctx;
  const timeline = new Timeline(ctx.intensity, ctx.count);
  const serviceSid = `MG${hex32(seed, ctx.accountSid, "messaging-service")}`;
  const make = (i: number): MessageRecord => {
    const r = rng(profile.key ^ 0x3e55a9e, i);
    const direction = weighted(r(), DIRECTIONS);
    const inbound = direction === "inbound";
    const body = pick(r(), BODIES);
    const numSegments = body.length <= 160 ? 1 : Math.ceil(body.length / 153);
    const numMedia = r() < 0.05 ? 1 : 0;
    const status = inbound ? "received" : weighted(r(), OUTBOUND_STATUSES);
    const errors = ERRORS[status];
    const error = errors ? pick(r(), errors) : null;
    const twilioNumber = pick(r(), profile.numbers).e164;
    const contact = profile.contact(r);
    const to = inbound ? twilioNumber : contact;
    const rate = inbound ? INBOUND_SMS_PER_SEGMENT : countryOfNumber(to).smsPerSegment;
    return {
      sid: ctx.codec.encode(numMedia > 0 ? "MM" : "SM", ctx.tag, i),
      accountSid: ctx.accountSid,
      direction,
      from: inbound ? contact : twilioNumber,
      to,
      body,
      numSegments,
      numMedia,
      status,
      errorCode: error?.[0] ?? null,
      errorMessage: error?.[1] ?? null,
      messagingServiceSid: direction === "outbound-api" && r() < 0.5 ? serviceSid : null,
      sentSec: timeline.secOf(i),
      cost: status === "failed" ? 0 : rate * numSegments,
      priceDelaySec: 10 + Math.floor(r() * 110),
    };
  };
  const indexOf = (sid: string) => {
    const index = ctx.codec.decode(sid, ctx.tag);
    return index !== null && index < ctx.count && make(index).sid === sid ? index : null;
  };
  return { count: ctx.count, secOf: (i) => timeline.secOf(i), make, indexOf };
}

export function messagePriceAt(message: MessageRecord, nowSec: number): { price: string | null; updatedSec: number } {
  const pricedAt = message.sentSec + message.priceDelaySec;
  return nowSec >= pricedAt
    ? { price: formatPrice(message.cost), updatedSec: pricedAt }
    : { price: null, updatedSec: message.sentSec };
}

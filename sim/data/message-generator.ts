import type { AccountProfile, TwilioNumber } from "./account-profile";
import type { SeriesContext } from "./call-generator";
import { countryOfNumber, type Country } from "./countries";
import { errorMix, WHATSAPP_FAILED_ERROR, type ErrorMix } from "./message-errors";
import {
  MAX_QUEUE_SECONDS,
  type MessageChannel,
  type MessageDirection,
  type MessageOutcome,
  type MessageRecord,
} from "./message-record";
import type { GeneratedSeries } from "./record-log";
import { smsSegments } from "./segments";
import { Timeline } from "./timeline";
import { hex32, logNormal, pick, rng, unitHash, weighted, type Rand } from "../lib/hash";
import { recentCache } from "../lib/recent-cache";

const DIRECTIONS = [
  ["inbound", 0.4],
  ["outbound-api", 0.5],
  ["outbound-reply", 0.1],
] as const;
// Bodies of one to three segments, a few of them UCS-2 (emoji, Cyrillic, a French À and ô).
const BODIES = [
  "Your verification code is 482913",
  "Your appointment is confirmed for tomorrow at 10:30. Reply C to cancel.",
  "Thanks! We received your order and will ship it today.",
  "Can you call me back when you have a minute?",
  "Yes, that works for me.",
  "Running 10 minutes late, sorry!",
  "Your invoice of €42.50 is ready. Pay online any time, or reply HELP for options.",
  "Reminder: your delivery arrives tomorrow between 9am and 12pm. Track it any time from the link in your account, or reply HELP for options and STOP to opt out of these messages.",
  "Important update to your account: from next month, statements will be sent by email only. If you would rather keep receiving paper statements, call us on the number on the back of your card or visit any branch. Your card, PIN and online banking details stay the same. Reply STOP to opt out of service messages.",
  "Thanks for your order! 🎉 It ships today.",
  "Ваш код подтверждения: 482913",
  "Votre table est réservée pour 20h ce soir. À bientôt !",
  "Happy birthday from all of us at the shop! 🎂 Show this message in store this week for 20% off anything you like 🎁",
];

/** The pool's bodies are counted once: a page draws thousands of them. */
const POOL_SEGMENTS = new Map(BODIES.map((body) => [body, smsSegments(body)]));

/** Each account sends this share of its messages over WhatsApp, plus up to WHATSAPP_SPREAD more. */
const WHATSAPP_SHARE = 0.1;
const WHATSAPP_SPREAD = 0.05;
const MMS_SHARE = 0.05;
/** Outbound texts that never get a delivery receipt from the carrier and stay `sent`. */
const NO_RECEIPT_SHARE = 0.02;
/** Carriers lose a little more MMS than SMS. */
const MMS_EXTRA_UNDELIVERED = 0.02;
const WHATSAPP_FAILED = 0.015;
const WHATSAPP_NO_RECEIPT = 0.005;
const WHATSAPP_READ_SHARE = 0.6;
const MAX_READ_DELAY_SECONDS = 6 * 3600;
const INBOUND_SMS_PER_SEGMENT = 0.0079;
const INBOUND_MMS_PER_MESSAGE = 0.0165;
const INBOUND_WHATSAPP_PER_MESSAGE = 0.005;
const SID_BLOCK = 64;

/** Every random choice for one message, drawn in a fixed order so a seed always gives the same message. */
export interface MessageDraw {
  direction: MessageDirection;
  channelU: number;
  outcomeU: number;
  errorU: number;
  body: string;
  number: TwilioNumber;
  contact: string;
  serviceU: number;
  extraMediaU: number;
  queueU: number;
  sendU: number;
  receiptU: number;
  readU: number;
  readDelayU1: number;
  readDelayU2: number;
  priceDelaySec: number;
}

export function drawMessage(profile: AccountProfile, r: Rand): MessageDraw {
  return {
    direction: weighted(r(), DIRECTIONS),
    channelU: r(),
    outcomeU: r(),
    errorU: r(),
    body: pick(r(), BODIES),
    number: pick(r(), profile.numbers),
    contact: profile.contact(r),
    serviceU: r(),
    extraMediaU: r(),
    queueU: r(),
    sendU: r(),
    receiptU: r(),
    readU: r(),
    readDelayU1: r(),
    readDelayU2: r(),
    priceDelaySec: 10 + Math.floor(r() * 110),
  };
}

/** What a test or the control API may decide instead of the draw. */
export interface MessageChoices {
  direction?: MessageDirection;
  /** MMS between numbers not both in a country Twilio carries MMS in goes as SMS, as Twilio sends it. */
  channel?: MessageChannel;
  outcome?: MessageOutcome;
  read?: boolean;
  errorCode?: number;
  body?: string;
  /** The other party (E.164), and the account's number (E.164). */
  contact?: string;
  twilioNumber?: string;
}

export interface MessagePlacement {
  accountSid: string;
  createdSec: number;
  sidOf: (prefix: "SM" | "MM") => string;
  messagingServiceSid: string;
}

const mixes = new Map<Country, { home: ErrorMix; abroad: ErrorMix }>();
function cachedErrorMix(destination: Country, abroad: boolean): ErrorMix {
  let both = mixes.get(destination);
  if (!both) {
    both = { home: errorMix(destination, false), abroad: errorMix(destination, true) };
    mixes.set(destination, both);
  }
  return abroad ? both.abroad : both.home;
}

function channelOf(profile: AccountProfile, u: number, carriesMms: boolean): MessageChannel {
  const whatsapp = WHATSAPP_SHARE + WHATSAPP_SPREAD * unitHash(profile.key, 0x3a);
  if (u < whatsapp) return "whatsapp";
  return u < whatsapp + MMS_SHARE && carriesMms ? "mms" : "sms";
}

function outcomeOf(channel: MessageChannel, destination: Country, u: number): MessageOutcome {
  const { failed, undelivered, noReceipt } =
    channel === "whatsapp"
      ? { failed: WHATSAPP_FAILED, undelivered: 0, noReceipt: WHATSAPP_NO_RECEIPT }
      : {
          failed: destination.smsDelivery.failed,
          undelivered: destination.smsDelivery.undelivered + (channel === "mms" ? MMS_EXTRA_UNDELIVERED : 0),
          noReceipt: NO_RECEIPT_SHARE,
        };
  if (u < failed) return "failed";
  if (u < failed + undelivered) return "undelivered";
  return u < failed + undelivered + noReceipt ? "sent" : "delivered";
}

function errorOf(outcome: MessageOutcome, channel: MessageChannel, mix: ErrorMix, u: number): number | null {
  if (outcome === "failed") return channel === "whatsapp" ? WHATSAPP_FAILED_ERROR : weighted(u, mix.failed);
  return outcome === "undelivered" ? weighted(u, mix.undelivered) : null;
}

function costOf(channel: MessageChannel, inbound: boolean, destination: Country, segments: number): number {
  if (channel === "whatsapp") return inbound ? INBOUND_WHATSAPP_PER_MESSAGE : destination.whatsappPerMessage;
  if (channel === "mms") return inbound ? INBOUND_MMS_PER_MESSAGE : (destination.mmsPerMessage ?? 0);
  return (inbound ? INBOUND_SMS_PER_SEGMENT : destination.smsPerSegment) * segments;
}

/** Seconds from creation to the queue's end: mostly a few, now and then most of a minute. */
function queueSeconds(outcome: MessageOutcome, u: number): number {
  // Twilio refuses a message it will not send as it takes it from the queue.
  return outcome === "failed" ? Math.floor(u * 2) : 1 + Math.floor(u ** 3 * (MAX_QUEUE_SECONDS - 1));
}

const NO_CHOICES: MessageChoices = {};

/** Seconds from delivery to the recipient reading it: minutes mostly, hours now and then. */
function readDelaySeconds(draw: MessageDraw): number {
  return Math.min(MAX_READ_DELAY_SECONDS, 30 + Math.round(logNormal(draw.readDelayU1, draw.readDelayU2, 600, 1.2)));
}

const address = (channel: MessageChannel, e164: string) => (channel === "whatsapp" ? `whatsapp:${e164}` : e164);

export function buildMessage(
  profile: AccountProfile,
  draw: MessageDraw,
  at: MessagePlacement,
  choices: MessageChoices = NO_CHOICES,
): MessageRecord {
  const direction = choices.direction ?? draw.direction;
  const inbound = direction === "inbound";
  const contact = choices.contact ?? draw.contact;
  const twilioNumber = choices.twilioNumber ?? draw.number.e164;
  // Prices and delivery follow the number texted: the account's own for inbound messages.
  const destination = countryOfNumber(inbound ? twilioNumber : contact);
  const source = countryOfNumber(inbound ? contact : twilioNumber);
  const carriesMms = destination.mmsPerMessage !== null && source.mmsPerMessage !== null;
  const wanted = choices.channel ?? channelOf(profile, draw.channelU, carriesMms);
  const channel = wanted === "mms" && !carriesMms ? "sms" : wanted;
  const outcome = inbound ? "received" : (choices.outcome ?? outcomeOf(channel, destination, draw.outcomeU));
  const abroad = destination.iso !== profile.home.iso;
  const errorCode = choices.errorCode ?? errorOf(outcome, channel, cachedErrorMix(destination, abroad), draw.errorU);
  const body = choices.body ?? draw.body;
  const numSegments = channel === "sms" ? (POOL_SEGMENTS.get(body) ?? smsSegments(body)) : 1;
  const numMedia = channel === "mms" ? 1 + (draw.extraMediaU < 0.2 ? 1 : 0) : 0;
  const createdSec = at.createdSec;
  const dequeuedSec = inbound ? createdSec : createdSec + queueSeconds(outcome, draw.queueU);
  const sentSec = inbound || outcome === "failed" ? dequeuedSec : dequeuedSec + 1 + Math.floor(draw.sendU * 5);
  const receipted = outcome === "delivered" || outcome === "undelivered";
  const settledSec = receipted ? sentSec + 2 + Math.floor(draw.receiptU ** 2 * 58) : sentSec;
  const read = outcome === "delivered" && channel === "whatsapp" && (choices.read ?? draw.readU < WHATSAPP_READ_SHARE);
  const ours = address(channel, twilioNumber);
  const theirs = address(channel, contact);
  return {
    sid: at.sidOf(numMedia > 0 ? "MM" : "SM"),
    accountSid: at.accountSid,
    direction,
    channel,
    from: inbound ? theirs : ours,
    to: inbound ? ours : theirs,
    body,
    numSegments,
    numMedia,
    outcome,
    errorCode,
    messagingServiceSid: direction === "outbound-api" && draw.serviceU < 0.5 ? at.messagingServiceSid : null,
    createdSec,
    dequeuedSec,
    sentSec,
    settledSec,
    readSec: read ? settledSec + readDelaySeconds(draw) : null,
    cost: costOf(channel, inbound, destination, numSegments),
    priceDelaySec: draw.priceDelaySec,
  };
}

export function messagingServiceSid(seed: number, accountSid: string): string {
  return `MG${hex32(seed, accountSid, "messaging-service")}`;
}

export function messageSeries(ctx: SeriesContext, seed: number): GeneratedSeries<MessageRecord> {
  const { profile } = ctx;
  const timeline = new Timeline(ctx.intensity, ctx.count);
  const serviceSid = messagingServiceSid(seed, ctx.accountSid);
  // A page's SIDs are encrypted 64 at a time, without their prefix, which follows the channel.
  const hexBlock = recentCache(4, (b) => ctx.codec.encodeRange("", ctx.tag, b * SID_BLOCK, SID_BLOCK));
  const make = (i: number): MessageRecord =>
    buildMessage(profile, drawMessage(profile, rng(profile.key ^ 0x3e55a9e, i)), {
      accountSid: ctx.accountSid,
      createdSec: timeline.secOf(i),
      sidOf: (prefix) => prefix + (hexBlock(Math.floor(i / SID_BLOCK))[i % SID_BLOCK] ?? ""),
      messagingServiceSid: serviceSid,
    });
  const indexOf = (sid: string) => {
    const index = ctx.codec.decode(sid, ctx.tag);
    return index !== null && index < ctx.count && make(index).sid === sid ? index : null;
  };
  return { count: ctx.count, secOf: (i) => timeline.secOf(i), make, indexOf };
}

import type { AccountProfile, TwilioNumber } from "./account-profile";
import type { CallDirection, CallRecord, FinalCallStatus } from "./call-record";
import { countryOfNumber } from "./countries";
import type { GeneratedSeries } from "./record-log";
import { Timeline, type Intensity } from "./timeline";
import { logNormal, pick, rng, unitHash, weighted, type Rand } from "../lib/hash";
import { recentCache } from "../lib/recent-cache";
import type { SidCodec } from "../lib/sid-codec";

export const MAX_CALL_SECONDS = 4 * 3600; // Twilio's default time limit for a call
const SID_BLOCK = 64;

const DIRECTIONS = [
  ["inbound", 0.55],
  ["outbound-api", 0.3],
  ["outbound-dial", 0.15],
] as const;
const INBOUND_OUTCOMES = [
  ["completed", 0.93],
  ["canceled", 0.05],
  ["failed", 0.02],
] as const;
const OUTBOUND_OUTCOMES = [
  ["completed", 0.7],
  ["no-answer", 0.13],
  ["busy", 0.1],
  ["failed", 0.04],
  ["canceled", 0.03],
] as const;
const ANSWERED_BY = [
  ["human", 0.65],
  ["machine_start", 0.25],
  ["unknown", 0.1],
] as const;
const CALLER_NAMES = [
  "SMITH JOHN",
  "GARCIA MARIA",
  "WIRELESS CALLER",
  "NGUYEN LINH",
  "MUELLER ANNA",
  "DUBOIS LEA",
  "PATEL ANIKA",
];

/** The choices that decide a call's shape; cheap, so slot pairing can look at neighbours. */
export interface CallShape {
  baseDirection: CallDirection;
  inboundOutcome: FinalCallStatus;
  outboundOutcome: FinalCallStatus;
  talkSec: number;
  ringU: number;
}

/** Every random choice for one call, drawn in a fixed order so a seed always gives the same call. */
export interface CallDraw {
  shape: CallShape;
  number: TwilioNumber;
  answeredBy: string | null;
  forwardedU: number;
  callerName: string | null;
  queueTimeMs: number;
  priceDelaySec: number;
  contact: string;
}

function drawShape(r: Rand): CallShape {
  return {
    baseDirection: weighted(r(), DIRECTIONS),
    inboundOutcome: weighted(r(), INBOUND_OUTCOMES),
    outboundOutcome: weighted(r(), OUTBOUND_OUTCOMES),
    talkSec: Math.min(MAX_CALL_SECONDS - 60, Math.max(1, Math.round(logNormal(r(), r(), 75, 1.1)))),
    ringU: r(),
  };
}

export function drawCall(profile: AccountProfile, r: Rand): CallDraw {
  return {
    shape: drawShape(r),
    number: pick(r(), profile.numbers),
    answeredBy: r() < 0.4 ? weighted(r(), ANSWERED_BY) : null,
    forwardedU: r(),
    callerName: r() < 0.3 ? pick(r(), CALLER_NAMES) : null,
    queueTimeMs: Math.floor(r() * 1500),
    priceDelaySec: 30 + Math.floor(r() * 270),
    contact: profile.contact(r),
  };
}

function ringSeconds(outcome: FinalCallStatus, direction: CallDirection, u: number): number {
  if (outcome === "no-answer") return 15 + Math.floor(u * 30);
  if (outcome === "canceled") return 3 + Math.floor(u * 22);
  if (outcome === "busy") return 1 + Math.floor(u * 4);
  if (outcome === "failed") return Math.floor(u * 2);
  return direction === "inbound" ? Math.floor(u * 3) : 2 + Math.floor(u * 10);
}

function outcomeOf(draw: CallShape, direction: CallDirection): FinalCallStatus {
  return direction === "inbound" ? draw.inboundOutcome : draw.outboundOutcome;
}

/** Seconds from start to end for a call built from this draw. */
export function plannedLength(draw: CallShape, direction: CallDirection): number {
  const outcome = outcomeOf(draw, direction);
  return ringSeconds(outcome, direction, draw.ringU) + (outcome === "completed" ? draw.talkSec : 0);
}

/** USD per started minute: inbound by the Twilio number's country, outbound by the destination. */
export function ratePerMinute(profile: AccountProfile, direction: CallDirection, to: string): number {
  return direction === "inbound" ? profile.home.inboundPerMinute : countryOfNumber(to).outboundPerMinute;
}

export interface CallPlacement {
  sid: string;
  accountSid: string;
  startSec: number;
  direction: CallDirection;
  parentCallSid: string | null;
}

export function buildCall(profile: AccountProfile, draw: CallDraw, at: CallPlacement): CallRecord {
  const direction = at.direction;
  const inbound = direction === "inbound";
  const outcome = outcomeOf(draw.shape, direction);
  const to = inbound ? draw.number.e164 : draw.contact;
  return {
    sid: at.sid,
    accountSid: at.accountSid,
    parentCallSid: at.parentCallSid,
    direction,
    from: inbound ? draw.contact : draw.number.e164,
    to,
    phoneNumberSid: draw.number.sid,
    createdSec: direction === "outbound-api" ? at.startSec - 1 : at.startSec,
    startSec: at.startSec,
    ringSec: ringSeconds(outcome, direction, draw.shape.ringU),
    endSec: at.startSec + plannedLength(draw.shape, direction),
    outcome,
    ratePerMinute: ratePerMinute(profile, direction, to),
    priceDelaySec: draw.priceDelaySec,
    answeredBy: direction === "outbound-api" && outcome === "completed" ? draw.answeredBy : null,
    forwardedFrom: inbound && draw.forwardedU < 0.05 ? profile.forwardingNumber : null,
    callerName: inbound ? draw.callerName : null,
    queueTimeMs: direction === "outbound-api" ? draw.queueTimeMs : 0,
  };
}

export interface SeriesContext {
  profile: AccountProfile;
  accountSid: string;
  intensity: Intensity;
  count: number;
  codec: SidCodec;
  tag: Buffer;
}

/** Slot k of a call series (see callSeries): its time, the next slot's, and its pairing. */
interface Slot {
  startSec: number;
  nextSec: number;
  /** Seconds from the parent's start to its dial leg's, or null when the slot holds no pair. */
  legDelay: number | null;
  legLength: number;
}

/**
 * Calls come in slots of two: the slot's time follows the account's rhythm, the second call
 * falls between this slot and the next. When the first call is an answered inbound call and the
 * second drew outbound-dial, the second is that call's <Dial> leg, seconds after it started, and
 * the parent lasts past its leg. Start times stay monotonic in the index either way.
 */
export function callSeries(ctx: SeriesContext): GeneratedSeries<CallRecord> {
  const { profile, count } = ctx;
  const slots = new Timeline(ctx.intensity, Math.ceil(count / 2));
  const slotSec = (k: number) => (k < slots.count ? slots.secOf(k) : ctx.intensity.endSec);
  const shape = (i: number) => drawShape(rng(profile.key, i));
  const sidBlock = recentCache(4, (b) => ctx.codec.encodeRange("CA", ctx.tag, b * SID_BLOCK, SID_BLOCK));
  const sidOf = (i: number) => sidBlock(Math.floor(i / SID_BLOCK))[i % SID_BLOCK] ?? "";
  // A page asks for the same slots and draws many times over (binary searches, same-second
  // groups, a leg and its parent), so the last few are kept, like the last blocks of SIDs; all
  // are pure functions of the index.
  const slot = recentCache(64, (k): Slot => {
    const startSec = slotSec(k);
    const nextSec = slotSec(k + 1);
    if (2 * k + 1 >= count) return { startSec, nextSec, legDelay: null, legLength: 0 };
    const parent = shape(2 * k);
    const leg = shape(2 * k + 1);
    const paired =
      parent.baseDirection === "inbound" &&
      parent.inboundOutcome === "completed" &&
      leg.baseDirection === "outbound-dial";
    const legDelay = paired ? ringSeconds("completed", "inbound", parent.ringU) + 2 + Math.floor(leg.ringU * 4) : null;
    return { startSec, nextSec, legDelay, legLength: plannedLength(leg, "outbound-dial") };
  });
  const draw = recentCache(4, (i) => drawCall(profile, rng(profile.key, i)));
  const secOf = (i: number): number => {
    const { startSec, nextSec, legDelay } = slot(i >> 1);
    if (i % 2 === 0) return startSec;
    return legDelay === null
      ? startSec + Math.floor(unitHash(profile.key, i) * (nextSec - startSec))
      : Math.min(startSec + legDelay, nextSec);
  };
  const make = (i: number): CallRecord => {
    const { legDelay, legLength } = slot(i >> 1);
    const isLeg = i % 2 === 1 && legDelay !== null;
    // A <Dial> leg calls out from the number its parent call came in on.
    const d = isLeg ? { ...draw(i), number: draw(i - 1).number } : draw(i);
    const drawn = d.shape.baseDirection;
    const direction = isLeg ? "outbound-dial" : drawn === "outbound-dial" ? "outbound-api" : drawn;
    const parentCallSid = isLeg ? sidOf(i - 1) : null;
    const call = buildCall(profile, d, {
      sid: sidOf(i),
      accountSid: ctx.accountSid,
      startSec: secOf(i),
      direction,
      parentCallSid,
    });
    if (i % 2 === 0 && legDelay !== null) call.endSec = Math.max(call.endSec, secOf(i + 1) + legLength + 2);
    return call;
  };
  const indexOf = (sid: string) => {
    if (!sid.startsWith("CA")) return null;
    const index = ctx.codec.decode(sid, ctx.tag);
    return index !== null && index < count ? index : null;
  };
  return { count, secOf, make, indexOf };
}

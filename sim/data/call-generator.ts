import type { AccountProfile, TwilioNumber } from "./account-profile";
import type { CallDirection, CallRecord, FinalCallStatus } from "./call-record";
import { countryOfNumber } from "./countries";
import type { GeneratedSeries } from "./record-log";
import { Timeline, type Intensity } from "./timeline";
import { logNormal, pick, rng, unitHash, weighted, type Rand } from "../lib/hash";
import type { SidCodec } from "../lib/sid-codec";

export const MAX_CALL_SECONDS = 4 * 3600; // Twilio's default time limit for a call

const DIRECTIONS = [["inbound", 0.55], ["outbound-api", 0.3], ["outbound-dial", 0.15]] as const;
const INBOUND_OUTCOMES = [["completed", 0.93], ["canceled", 0.05], ["failed", 0.02]] as const;
const OUTBOUND_OUTCOMES = [["completed", 0.7], ["no-answer", 0.13], ["busy", 0.1], ["failed", 0.04], ["canceled", 0.03]] as const;
const ANSWERED_BY = [["human", 0.65], ["machine_start", 0.25], ["unknown", 0.1]] as const;
const CALLER_NAMES = ["SMITH JOHN", "GARCIA MARIA", "WIRELESS CALLER", "NGUYEN LINH", "MUELLER ANNA", "DUBOIS LEA", "PATEL ANIKA"];

/** The choices that decide a call's shape; cheap, so slot pairing can look at neighbours. */
export interface CallShape {
  baseDirection: CallDirection;
  inboundOutcome: FinalCallStatus;
  outboundOutcome: FinalCallStatus;
  talkSec: number;
  ringU: number;
}

/** Every random choice for one call, drawn in a fixed order so a seed always gives the same call. */
export interface CallDraw extends CallShape {
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
    ...drawShape(r),
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
  const outcome = outcomeOf(draw, direction);
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
    ringSec: ringSeconds(outcome, direction, draw.ringU),
    endSec: at.startSec + plannedLength(draw, direction),
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
  const draw = (i: number) => drawCall(profile, rng(profile.key, i));
  const shape = (i: number) => drawShape(rng(profile.key, i));
  const sidOf = (i: number) => ctx.codec.encode("CA", ctx.tag, i);
  /** Seconds from parent start to its dial leg's start, or null when slot k holds no pair. */
  const legDelay = (k: number): number | null => {
    if (2 * k + 1 >= count) return null;
    const parent = shape(2 * k);
    const leg = shape(2 * k + 1);
    const paired = parent.baseDirection === "inbound" && parent.inboundOutcome === "completed" && leg.baseDirection === "outbound-dial";
    return paired ? ringSeconds("completed", "inbound", parent.ringU) + 2 + Math.floor(leg.ringU * 4) : null;
  };
  const secOf = (i: number): number => {
    const k = i >> 1;
    const start = slotSec(k);
    if (i % 2 === 0) return start;
    const next = slotSec(k + 1);
    const delay = legDelay(k);
    return delay === null ? start + Math.floor(unitHash(profile.key, i) * (next - start)) : Math.min(start + delay, next);
  };
  const make = (i: number): CallRecord => {
    const delay = legDelay(i >> 1);
    const isLeg = i % 2 === 1 && delay !== null;
    // A <Dial> leg calls out from the number its parent call came in on.
    const d = isLeg ? { ...draw(i), number: draw(i - 1).number } : draw(i);
    const direction = isLeg ? "outbound-dial" : d.baseDirection === "outbound-dial" ? "outbound-api" : d.baseDirection;
    const parentCallSid = isLeg ? sidOf(i - 1) : null;
    const call = buildCall(profile, d, { sid: sidOf(i), accountSid: ctx.accountSid, startSec: secOf(i), direction, parentCallSid });
    if (i % 2 === 0 && delay !== null) {
      const legEnd = secOf(i + 1) + plannedLength(shape(i + 1), "outbound-dial");
      call.endSec = Math.max(call.endSec, legEnd + 2);
    }
    return call;
  };
  const indexOf = (sid: string) => {
    if (!sid.startsWith("CA")) return null;
    const index = ctx.codec.decode(sid, ctx.tag);
    return index !== null && index < count ? index : null;
  };
  return { count, secOf, make, indexOf };
}

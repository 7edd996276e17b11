import {
  buildCall,
  drawCall,
  MAX_CALL_SECONDS,
  plannedLength,
  ratePerMinute,
  type CallDraw,
} from "../data/call-generator";
import {
  FINAL_CALL_STATUSES,
  type CallDirection,
  type CallRecord,
  type CallStatus,
  type FinalCallStatus,
} from "../data/call-record";
import { rng } from "../lib/hash";
import { SidCodec } from "../lib/sid-codec";
import type { SimStore } from "./sim-store";
import type { SimAccount } from "./types";

export interface ExplicitCall {
  to?: string;
  from?: string;
  direction?: CallDirection;
  status?: FinalCallStatus | "queued";
  startTime?: Date;
  duration?: number;
  price?: string | null;
  parentCallSid?: string;
  answeredBy?: string | null;
}

export interface CallUpdate {
  status?: CallStatus;
  duration?: number;
  price?: string | null;
}

/** Draws `count` calls for run-time SIDs, places each with `place`, and adds them in one batch. */
function addCalls(
  store: SimStore,
  account: SimAccount,
  count: number,
  place: (draw: CallDraw, sid: string, k: number) => CallRecord,
): CallRecord[] {
  const tag = SidCodec.tag(`${store.config.seed}:${account.sid}:added`);
  const calls = Array.from({ length: count }, (_, k) => {
    const serial = store.nextSerial();
    const draw = drawCall(account.profile, rng(account.profile.key ^ 0xadded, serial));
    return place(draw, store.codec.encode("CA", tag, serial), k);
  });
  account.calls.addAll(calls);
  return calls;
}

/** `count` realistic calls that ended over the last `spreadSeconds`, newest ending now. */
export function addRecentCalls(
  store: SimStore,
  account: SimAccount,
  count: number,
  spreadSeconds: number,
): CallRecord[] {
  const now = store.nowSec();
  return addCalls(store, account, count, (draw, sid, k) => {
    const direction = draw.shape.baseDirection === "outbound-dial" ? "outbound-api" : draw.shape.baseDirection;
    const endSec = now - Math.floor((k * spreadSeconds) / count);
    const startSec = endSec - plannedLength(draw.shape, direction);
    return buildCall(account.profile, draw, { sid, accountSid: account.sid, startSec, direction, parentCallSid: null });
  });
}

/** Calls with the given fields; the rest is drawn like any other call. Default: ended now. */
export function addExplicitCalls(store: SimStore, account: SimAccount, specs: readonly ExplicitCall[]): CallRecord[] {
  return addCalls(store, account, specs.length, (draw, sid, k) => {
    const spec = specs[k] ?? {};
    const drawn = draw.shape.baseDirection === "outbound-dial" ? "outbound-api" : draw.shape.baseDirection;
    const direction = spec.direction ?? (spec.parentCallSid ? "outbound-dial" : drawn);
    const length = Math.min(MAX_CALL_SECONDS, spec.duration ?? plannedLength(draw.shape, direction));
    const startSec = spec.startTime ? Math.floor(spec.startTime.getTime() / 1000) : store.nowSec() - length;
    const parentCallSid = spec.parentCallSid ?? null;
    const call = buildCall(account.profile, draw, { sid, accountSid: account.sid, startSec, direction, parentCallSid });
    const to = spec.to ?? call.to;
    return {
      ...call,
      to,
      from: spec.from ?? call.from,
      outcome: spec.status === undefined || spec.status === "queued" ? call.outcome : spec.status,
      ratePerMinute: ratePerMinute(account.profile, direction, to),
      ringSec: Math.min(call.ringSec, length),
      endSec: startSec + length,
      answeredBy: spec.answeredBy === undefined ? call.answeredBy : spec.answeredBy,
      ...(spec.price === undefined ? {} : { priceOverride: spec.price }),
      ...(spec.status === "queued" ? { statusOverride: "queued" as const, createdSec: startSec, undialed: true } : {}),
    };
  });
}

/** Pins a call's status, duration or price, as Twilio's later status callbacks would change them. */
export function updateCall(store: SimStore, account: SimAccount, sid: string, update: CallUpdate): CallRecord | null {
  const call = account.calls.get(sid);
  if (!call) return null;
  const now = store.nowSec();
  // A call forced into a final state ends now at the latest, unless the update says how long it was.
  const finished = update.status !== undefined && (FINAL_CALL_STATUSES as readonly string[]).includes(update.status);
  const endSec =
    update.duration !== undefined
      ? call.startSec + update.duration
      : finished
        ? Math.min(call.endSec, Math.max(now, call.startSec))
        : call.endSec;
  // Canceled while queued, a call was never dialed; any other status means it was.
  const dialed = update.status !== undefined && update.status !== "queued" && update.status !== "canceled";
  return account.calls.patch(sid, {
    endSec,
    updatedOverrideSec: now,
    ...(dialed ? { undialed: false } : {}),
    ...(update.status === undefined ? {} : { statusOverride: update.status }),
    ...(update.price === undefined ? {} : { priceOverride: update.price }),
  });
}

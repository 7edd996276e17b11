// A deterministic set of calls for the analytics tests: the same seed gives the same rows, with
// every direction, status, a missing price now and then, two currencies and parent/child legs.
import { rng } from "@/sim/lib/hash";
import type { CallLogRow } from "@/lib/analytics";

/** Fixture calls have the fields the call log reads back, and the parties' number types. */
export type FixtureCall = CallLogRow & { fromNumberType: string | null; toNumberType: string | null };

export const FIXTURE_ACCOUNTS = [
  { sid: `AC${"1".repeat(32)}`, currency: "USD" },
  { sid: `AC${"2".repeat(32)}`, currency: "USD" },
  { sid: `AC${"3".repeat(32)}`, currency: "EUR" },
] as const;

const DIRECTIONS = [
  "inbound",
  "inbound",
  "outbound-api",
  "outbound-dial",
  "trunking-originating",
  "trunking-terminating",
];
const STATUSES = [
  "completed",
  "completed",
  "completed",
  "busy",
  "failed",
  "no-answer",
  "canceled",
  "in-progress",
  "ringing",
  "queued",
];
// A null type: a call imported before number types existed and not classified yet.
const NUMBERS = [
  { number: "+14155550100", country: "US", type: "fixed-line-or-mobile" },
  { number: "+14155550199", country: "US", type: "fixed-line-or-mobile" },
  { number: "+442079460000", country: "GB", type: "fixed-line" },
  { number: "+447400123456", country: "GB", type: "mobile" },
  { number: "+33142868200", country: "FR", type: "fixed-line" },
  { number: "+33612345678", country: "FR", type: null },
  { number: "+919876543210", country: "IN", type: "mobile" },
  { number: "+5551234", country: null, type: "unknown" },
  { number: "client:support-desk", country: null, type: "client" },
];
const ANSWERED_BY = ["human", "machine_start", "machine_end_beep", "unknown"];

/** `count` calls starting between `from` and `to`; a dialled leg right after an API call of its account is its child. */
export function buildCalls(count: number, seed: number, from: Date, to: Date): FixtureCall[] {
  const next = rng(seed, 0);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const calls: FixtureCall[] = [];
  for (let i = 0; calls.length < count; i += 1) {
    const account = pick(FIXTURE_ACCOUNTS);
    const startTime = new Date(from.getTime() + Math.floor(next() * (to.getTime() - from.getTime())));
    const direction = pick(DIRECTIONS);
    const status = pick(STATUSES);
    const [a, b] = [pick(NUMBERS), pick(NUMBERS)];
    const duration = status === "completed" ? Math.floor(next() * next() * 2400) : status === "in-progress" ? null : 0;
    const priced = status !== "in-progress" && next() > 0.15;
    const call: FixtureCall = {
      sid: `CA${(seed * 1_000_000 + i).toString(16).padStart(32, "0")}`,
      accountSid: account.sid,
      parentCallSid: null,
      direction,
      status,
      from: a.number,
      to: b.number,
      fromCountry: a.country,
      toCountry: b.country,
      fromNumberType: a.type,
      toNumberType: b.type,
      startTime,
      endTime: duration === null ? null : new Date(startTime.getTime() + duration * 1000),
      duration,
      price: priced ? -Math.round(next() * 2_000) / 100_000 : null,
      priceUnit: priced ? account.currency : null,
      answeredBy: direction === "outbound-api" && status === "completed" && next() > 0.3 ? pick(ANSWERED_BY) : null,
    };
    calls.push(call);
    const parent = calls.at(-2);
    if (
      direction === "outbound-dial" &&
      parent &&
      parent.direction === "outbound-api" &&
      parent.accountSid === account.sid
    ) {
      call.parentCallSid = parent.sid;
    }
  }
  return calls;
}

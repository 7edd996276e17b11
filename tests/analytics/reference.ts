// Independent TypeScript versions of the analytics aggregates, computed from the fixture rows, for
// the tests to compare the SQL against. They share no code with the queries beyond the filter model.
import { directionsFor } from "@/lib/filters";
import { zonedDate, zonedMidnight } from "@/lib/time";
import type { AnalyticsQuery } from "@/lib/analytics";
import type { Bucket } from "@/lib/filters";
import type { Period } from "@/lib/time";
import type { FixtureCall } from "./build-calls";

export function matches(call: FixtureCall, q: AnalyticsQuery, period: Period = q.range): boolean {
  const directions = q.direction ? directionsFor(q.direction) : null;
  return (
    call.startTime >= period.start &&
    call.startTime < period.end &&
    (!q.accountSid || call.accountSid === q.accountSid) &&
    (!directions || directions.includes(call.direction)) &&
    (!q.statuses?.length || (q.statuses as string[]).includes(call.status)) &&
    (!q.numberQuery || call.from.includes(q.numberQuery) || call.to.includes(q.numberQuery))
  );
}

/** Wall-clock parts of an instant in a zone. */
export function localParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(get("weekday"));
  return { weekday, hour: Number(get("hour")), minute: Number(get("minute")), second: Number(get("second")) };
}

/** The zone's UTC offset at an instant, in minutes: the wall clock there less the instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const { hour, minute, second } = localParts(new Date(instant), timeZone);
  const wallClock =
    Date.parse(`${zonedDate(new Date(instant), timeZone)}T00:00:00Z`) + (hour * 3600 + minute * 60 + second) * 1000;
  return Math.round((wallClock - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant (ISO) the local bucket holding `instant` starts at. An hour starts at its
 * wall-clock start, or at an offset change inside it (found to the millisecond by bisection).
 */
export function referenceBucket(instant: Date, bucket: Bucket, timeZone: string): string {
  if (bucket === "hour") {
    const { minute, second } = localParts(instant, timeZone);
    const wallClock = instant.getTime() - (minute * 60 + second) * 1000 - instant.getUTCMilliseconds();
    const offset = offsetMinutes(instant.getTime(), timeZone);
    if (offsetMinutes(wallClock, timeZone) === offset) return new Date(wallClock).toISOString();
    let [before, after] = [wallClock, instant.getTime()];
    while (after - before > 1) {
      const middle = Math.floor((before + after) / 2);
      if (offsetMinutes(middle, timeZone) === offset) after = middle;
      else before = middle;
    }
    return new Date(after).toISOString();
  }
  const day = zonedDate(instant, timeZone);
  if (bucket === "day") return zonedMidnight(day, timeZone).toISOString();
  const weekday = localParts(instant, timeZone).weekday;
  const monday = new Date(Date.parse(`${day}T00:00:00Z`) - weekday * 86_400_000).toISOString().slice(0, 10);
  return zonedMidnight(monday, timeZone).toISOString();
}

export function countBy<K>(calls: readonly FixtureCall[], key: (call: FixtureCall) => K): Map<K, number> {
  return totalBy(calls, key, () => 1);
}

/** A value summed per key. */
export function totalBy<K>(
  calls: readonly FixtureCall[],
  key: (call: FixtureCall) => K,
  value: (call: FixtureCall) => number,
): Map<K, number> {
  const totals = new Map<K, number>();
  for (const call of calls) totals.set(key(call), (totals.get(key(call)) ?? 0) + value(call));
  return totals;
}

export function sumBy(calls: readonly FixtureCall[], value: (call: FixtureCall) => number): number {
  return calls.reduce((total, call) => total + value(call), 0);
}

/** Costs per currency, as the dashboard shows them (positive). */
export function referenceCost(calls: readonly FixtureCall[]): Map<string, number> {
  const costs = new Map<string, number>();
  for (const call of calls) {
    if (call.price === null || !call.priceUnit) continue;
    costs.set(call.priceUnit, (costs.get(call.priceUnit) ?? 0) - call.price);
  }
  return costs;
}

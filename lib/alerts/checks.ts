import "server-only";
import { Prisma } from "@/lib/db";
import { DELIVERED_MESSAGE_STATUSES, FAILED_MESSAGE_STATUSES, UNDELIVERED_MESSAGE_STATUSES } from "@/lib/domain";
import { CALL_STATS, isInboundMessage, MESSAGE_STATS, type RecordStats } from "@/lib/rollups";
import { baselineOf, median, spreadsFrom } from "./baseline";
import { figuresFor, percentText, type Figures } from "./figures";
import type { RuleParams, RuleSpec } from "./kinds";
import { dailySpend, monthProjection } from "./spend-checks";
import {
  addHours,
  countsByStatus,
  countsInHours,
  HISTORY_WEEKS,
  inboundCallsPerNumber,
  startOfHour,
  type Scope,
} from "./measure";

// Each kind of rule measured against the rollups at `now`. Rates count only records whose outcome
// is known: calls still queued, ringing or in progress, and messages on their way, wait until they end.

const ENDED_CALL_STATUSES = ["completed", "busy", "failed", "no-answer", "canceled"];
const FAILED_CALL_STATUSES = ["busy", "failed", "no-answer"];
/** Fewer weeks of history than this is no usual level to compare with. */
const MIN_WEEKS = 4;

const sum = (counts: Map<string, number>, statuses: readonly string[]) =>
  statuses.reduce((total, status) => total + (counts.get(status) ?? 0), 0);

/** The last `hours` UTC hours, the current one included (it has what was imported so far). */
function lastHours(now: Date, hours: number) {
  const end = addHours(startOfHour(now), 1);
  return { start: addHours(end, -hours), end };
}

async function answerRate(scope: Scope, params: RuleParams<"answer-rate">, now: Date): Promise<Figures> {
  const period = lastHours(now, params.hours);
  const counts = await countsByStatus(CALL_STATS, scope, period);
  const ended = sum(counts, ENDED_CALL_STATUSES);
  const answered = counts.get("completed") ?? 0;
  const rate = ended > 0 ? answered / ended : null;
  const verdict =
    ended < params.minCalls || rate === null ? "unknown" : rate * 100 < params.belowPercent ? "firing" : "clear";
  const summary = `Answer rate ${percentText(rate)}: ${answered} of ${ended} ended calls answered in the last ${params.hours} h (fires below ${params.belowPercent}%, from ${params.minCalls} calls).`;
  return figuresFor(period, verdict, summary, { answerRate: rate, answered, ended });
}

async function failureShare(scope: Scope, params: RuleParams<"failure-share">, now: Date): Promise<Figures> {
  const period = lastHours(now, params.hours);
  const counts = await countsByStatus(CALL_STATS, scope, period);
  const ended = sum(counts, ENDED_CALL_STATUSES);
  const [busy, failed, noAnswer] = FAILED_CALL_STATUSES.map((status) => counts.get(status) ?? 0) as [
    number,
    number,
    number,
  ];
  const share = ended > 0 ? (busy + failed + noAnswer) / ended : null;
  const verdict =
    ended < params.minCalls || share === null ? "unknown" : share * 100 > params.abovePercent ? "firing" : "clear";
  const summary = `${percentText(share)} of ${ended} ended calls failed, were busy or went unanswered in the last ${params.hours} h (${failed} failed, ${busy} busy, ${noAnswer} no answer; fires above ${params.abovePercent}%, from ${params.minCalls} calls).`;
  return figuresFor(period, verdict, summary, { share, ended, failed, busy, noAnswer });
}

async function deliveryRate(scope: Scope, params: RuleParams<"delivery-rate">, now: Date): Promise<Figures> {
  const period = lastHours(now, params.hours);
  const counts = await countsByStatus(MESSAGE_STATS, scope, period, Prisma.sql`AND NOT (${isInboundMessage})`);
  const delivered = sum(counts, DELIVERED_MESSAGE_STATUSES);
  const settled = delivered + sum(counts, UNDELIVERED_MESSAGE_STATUSES) + sum(counts, FAILED_MESSAGE_STATUSES);
  const rate = settled > 0 ? delivered / settled : null;
  const verdict =
    settled < params.minMessages || rate === null ? "unknown" : rate * 100 < params.belowPercent ? "firing" : "clear";
  const summary = `Delivery rate ${percentText(rate)}: ${delivered} of ${settled} outbound messages with an outcome delivered in the last ${params.hours} h (fires below ${params.belowPercent}%, from ${params.minMessages} messages).`;
  return figuresFor(period, verdict, summary, { deliveryRate: rate, delivered, settled });
}

/** The same hour in each of the HISTORY_WEEKS weeks before `hour`, the nearest first. */
const sameHourBefore = (hour: Date) =>
  Array.from({ length: HISTORY_WEEKS }, (_, week) => addHours(hour, -24 * 7 * (week + 1)));

/**
 * How many of those weeks, the nearest first, come after the first record of the span: weeks
 * before it are before the history, and would read as silence.
 */
const weeksOfHistory = (hour: Date, firstHour: Date | null) =>
  firstHour === null ? 0 : sameHourBefore(hour).filter((at) => at >= startOfHour(firstHour)).length;

/** What a volume rule counts: calls or messages, from their hourly rollup. */
type Volume = { stats: RecordStats; noun: "calls" | "messages" };
const CALLS: Volume = { stats: CALL_STATS, noun: "calls" };
const MESSAGES: Volume = { stats: MESSAGE_STATS, noun: "messages" };
type VolumeParams = { direction: "above" | "below" | "either"; spreads: number; minimum: number };

/**
 * Records in the last full hour against the usual level of the same weekday-hour (baseline.ts);
 * one measure for calls and messages, so both read "usual" the same way.
 */
async function hourVolume({ stats, noun }: Volume, scope: Scope, params: VolumeParams, now: Date): Promise<Figures> {
  // The last full hour, and the same weekday-hour of each of the weeks before it.
  const hour = addHours(startOfHour(now), -1);
  const period = { start: hour, end: addHours(hour, 1) };
  const earlier = sameHourBefore(hour);
  const { counts, firstHour } = await countsInHours(stats, scope, [hour, ...earlier], {
    start: earlier[HISTORY_WEEKS - 1]!,
    end: period.end,
  });
  const [count = 0, ...history] = counts;
  const known = history.slice(0, weeksOfHistory(hour, firstHour));
  const baseline = known.length >= MIN_WEEKS ? baselineOf(known) : null;
  const away = baseline ? spreadsFrom(baseline, count) : null;
  const far =
    away !== null &&
    ((params.direction !== "below" && away > params.spreads) ||
      (params.direction !== "above" && away < -params.spreads));
  const enough = baseline !== null && Math.max(count, baseline.median) >= params.minimum;
  const verdict = !enough ? "unknown" : far ? "firing" : "clear";
  const counted = `${count} ${noun} in the hour from ${hour.toISOString().slice(11, 16)} UTC`;
  const summary = baseline
    ? `${counted}; the same hour of the last ${known.length} weeks had a median of ${baseline.median} (spread ${baseline.spread.toFixed(1)}), so this is ${away!.toFixed(1)} spreads away (fires beyond ${params.spreads}).`
    : `${counted}; fewer than ${MIN_WEEKS} weeks of history to compare with.`;
  return figuresFor(period, verdict, summary, {
    [noun]: count,
    median: baseline?.median ?? null,
    spread: baseline?.spread ?? null,
    spreadsAway: away,
    weeks: known.length,
  });
}

/** How many silent numbers a notice names; the rest are counted. */
const NUMBERS_NAMED = 5;

/**
 * Inbound calls to each number in the last full hours against what the same weekday-hours usually
 * bring it: the sum, over those hours, of each one's median over the weeks before. A number usually
 * that busy that had no call at all fires. When no number is usually that busy (nights, weekends),
 * nothing is decided, so a firing stays open until the number's calls come back.
 */
async function silentNumber(scope: Scope, params: RuleParams<"silent-number">, now: Date): Promise<Figures> {
  const end = startOfHour(now);
  const hours = Array.from({ length: params.hours }, (_, back) => addHours(end, -(back + 1)));
  const earlier = hours.flatMap(sameHourBefore);
  const oldest = hours[hours.length - 1]!;
  const period = { start: oldest, end };
  const { numbers, firstHour } = await inboundCallsPerNumber(scope, [...hours, ...earlier], {
    start: earlier[earlier.length - 1]!,
    end,
  });
  // A week counts once all of its hours, so its oldest, come after the connection's first call.
  const weeks = weeksOfHistory(oldest, firstHour);
  const usualAndNow = [...numbers].map(([number, counts]) => {
    const usual = hours.reduce((total, _, at) => {
      const history = counts.slice(hours.length + at * HISTORY_WEEKS, hours.length + at * HISTORY_WEEKS + weeks);
      return total + (median(history) ?? 0);
    }, 0);
    return { number, usual, calls: counts.slice(0, hours.length).reduce((total, n) => total + n, 0) };
  });
  const watched = usualAndNow.filter((entry) => entry.usual >= params.minUsual);
  const silent = watched.filter((entry) => entry.calls === 0).sort((a, b) => b.usual - a.usual);
  const verdict = weeks < MIN_WEEKS || watched.length === 0 ? "unknown" : silent.length > 0 ? "firing" : "clear";
  const span = `the ${params.hours} h from ${oldest.toISOString().slice(11, 16)} UTC`;
  const named = silent.slice(0, NUMBERS_NAMED).map((entry) => `${entry.number} (usually ${entry.usual})`);
  const more = silent.length > NUMBERS_NAMED ? ` and ${silent.length - NUMBERS_NAMED} more` : "";
  const summary =
    weeks < MIN_WEEKS
      ? `Fewer than ${MIN_WEEKS} weeks of calls to compare ${span} with.`
      : silent.length > 0
        ? `No inbound call in ${span} to ${named.join(", ")}${more}: the same hours of the last ${weeks} weeks usually bring at least ${params.minUsual}.`
        : watched.length > 0
          ? `Each of the ${watched.length} numbers usually receiving at least ${params.minUsual} calls in ${span} received some.`
          : `No number usually receives at least ${params.minUsual} calls in ${span}: nothing to watch then.`;
  return {
    ...figuresFor(period, verdict, summary, {
      silentNumbers: silent.length,
      watchedNumbers: watched.length,
      usual: silent[0]?.usual ?? null,
      weeks,
    }),
    numbers: silent.map((entry) => entry.number),
  };
}

/** What a rule measures now, and whether it fires. */
export function checkRule(spec: RuleSpec, scope: Scope, now: Date): Promise<Figures> {
  switch (spec.kind) {
    case "answer-rate":
      return answerRate(scope, spec.params, now);
    case "failure-share":
      return failureShare(scope, spec.params, now);
    case "call-volume":
      return hourVolume(CALLS, scope, { ...spec.params, minimum: spec.params.minCalls }, now);
    case "message-volume":
      return hourVolume(MESSAGES, scope, { ...spec.params, minimum: spec.params.minMessages }, now);
    case "daily-spend":
      return dailySpend(scope, spec.params, now);
    case "month-projection":
      return monthProjection(scope, spec.params, now);
    case "delivery-rate":
      return deliveryRate(scope, spec.params, now);
    case "silent-number":
      return silentNumber(scope, spec.params, now);
  }
}

import "server-only";
import { Prisma } from "@/lib/db";
import { DELIVERED_MESSAGE_STATUSES, FAILED_MESSAGE_STATUSES, UNDELIVERED_MESSAGE_STATUSES } from "@/lib/domain";
import { CALL_STATS, isInboundMessage, MESSAGE_STATS } from "@/lib/rollups";
import { baselineOf, spreadsFrom } from "./baseline";
import { percentText, type Figures, type Verdict } from "./figures";
import type { RuleParams, RuleSpec } from "./kinds";
import { addHours, countsByStatus, countsInHours, startOfHour, type Scope } from "./measure";

// Each kind of rule measured against the rollups at `now`. Rates count only records whose outcome
// is known: calls still queued, ringing or in progress, and messages on their way, wait until they end.

const ENDED_CALL_STATUSES = ["completed", "busy", "failed", "no-answer", "canceled"];
const FAILED_CALL_STATUSES = ["busy", "failed", "no-answer"];
const WEEKS = 8;
/** Fewer weeks of history than this is no usual level to compare with. */
const MIN_WEEKS = 4;

const sum = (counts: Map<string, number>, statuses: readonly string[]) =>
  statuses.reduce((total, status) => total + (counts.get(status) ?? 0), 0);

/** The last `hours` UTC hours, the current one included (it has what was imported so far). */
function lastHours(now: Date, hours: number) {
  const end = addHours(startOfHour(now), 1);
  return { start: addHours(end, -hours), end };
}

function figures(period: { start: Date; end: Date }, verdict: Verdict, summary: string, values: Figures["values"]) {
  return { from: period.start.toISOString(), until: period.end.toISOString(), verdict, summary, values };
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
  return figures(period, verdict, summary, { answerRate: rate, answered, ended });
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
  return figures(period, verdict, summary, { share, ended, failed, busy, noAnswer });
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
  return figures(period, verdict, summary, { deliveryRate: rate, delivered, settled });
}

async function callVolume(scope: Scope, params: RuleParams<"call-volume">, now: Date): Promise<Figures> {
  // The last full hour, and the same weekday-hour of each of the weeks before it.
  const hour = addHours(startOfHour(now), -1);
  const period = { start: hour, end: addHours(hour, 1) };
  const earlier = Array.from({ length: WEEKS }, (_, week) => addHours(hour, -24 * 7 * (week + 1)));
  const { counts, firstHour } = await countsInHours(CALL_STATS, scope, [hour, ...earlier], {
    start: earlier[WEEKS - 1]!,
    end: period.end,
  });
  const [calls = 0, ...history] = counts;
  // Weeks before the first call of the span are before the history: they would read as silence.
  const known = history.filter((_, week) => firstHour !== null && earlier[week]! >= startOfHour(firstHour));
  const baseline = known.length >= MIN_WEEKS ? baselineOf(known) : null;
  const away = baseline ? spreadsFrom(baseline, calls) : null;
  const far =
    away !== null &&
    ((params.direction !== "below" && away > params.spreads) ||
      (params.direction !== "above" && away < -params.spreads));
  const enough = baseline !== null && Math.max(calls, baseline.median) >= params.minCalls;
  const verdict = !enough ? "unknown" : far ? "firing" : "clear";
  const summary = baseline
    ? `${calls} calls in the hour from ${hour.toISOString().slice(11, 16)} UTC; the same hour of the last ${known.length} weeks had a median of ${baseline.median} (spread ${baseline.spread.toFixed(1)}), so this is ${away!.toFixed(1)} spreads away (fires beyond ${params.spreads}).`
    : `${calls} calls in the hour from ${hour.toISOString().slice(11, 16)} UTC; fewer than ${MIN_WEEKS} weeks of history to compare with.`;
  return figures(period, verdict, summary, {
    calls,
    median: baseline?.median ?? null,
    spread: baseline?.spread ?? null,
    spreadsAway: away,
    weeks: known.length,
  });
}

/** What a rule measures now, and whether it fires. */
export function checkRule(spec: RuleSpec, scope: Scope, now: Date): Promise<Figures> {
  switch (spec.kind) {
    case "answer-rate":
      return answerRate(scope, spec.params, now);
    case "failure-share":
      return failureShare(scope, spec.params, now);
    case "call-volume":
      return callVolume(scope, spec.params, now);
    case "delivery-rate":
      return deliveryRate(scope, spec.params, now);
  }
}

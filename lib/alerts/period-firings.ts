import "server-only";
import { getDb } from "@/lib/db";
import type { Period } from "@/lib/time";
import { describeRule, readRuleSpec } from "./kinds";

/** A firing as a digest lists it: its rule in words, when it started and (if it did) cleared. */
export type PeriodFiring = { ruleDescription: string; startedAt: Date; resolvedAt: Date | null };

/**
 * The firings of a connection's rules that were open at any moment of the period: started
 * before its end and not resolved before its start, so one that spans the whole week counts too.
 */
export async function listFiringsInPeriod(connectionId: string, period: Period): Promise<PeriodFiring[]> {
  const firings = await getDb().alertFiring.findMany({
    where: {
      rule: { connectionId },
      startedAt: { lt: period.end },
      OR: [{ resolvedAt: null }, { resolvedAt: { gte: period.start } }],
    },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: { startedAt: true, resolvedAt: true, rule: { select: { kind: true, params: true } } },
  });
  return firings.map(({ startedAt, resolvedAt, rule }) => {
    const spec = readRuleSpec(rule.kind, rule.params);
    return { ruleDescription: spec ? describeRule(spec) : rule.kind, startedAt, resolvedAt };
  });
}

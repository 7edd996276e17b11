import { z } from "zod";

// The kinds of rule, each with its parameters (a zod schema, read on every write and every
// evaluation), the preset a person starts from, and the words that explain it. Spend rules wait
// for usage records; "no inbound calls to a number" waits for a per-number hourly rollup.

const percent = z.coerce.number().min(1).max(100);
const hours = z.coerce.number().int().min(1).max(48);
const minimum = z.coerce.number().int().min(1).max(100_000);

export const RULE_PARAMS = {
  "answer-rate": z.strictObject({ belowPercent: percent, hours, minCalls: minimum }),
  "failure-share": z.strictObject({ abovePercent: percent, hours, minCalls: minimum }),
  "call-volume": z.strictObject({
    direction: z.enum(["above", "below", "either"]),
    spreads: z.coerce.number().min(1).max(20),
    minCalls: minimum,
  }),
  "delivery-rate": z.strictObject({ belowPercent: percent, hours, minMessages: minimum }),
} as const;

export type RuleKind = keyof typeof RULE_PARAMS;
export const RULE_KINDS = Object.keys(RULE_PARAMS) as RuleKind[];
export const ruleKindSchema = z.enum(RULE_KINDS as [RuleKind, ...RuleKind[]]);
export type RuleParams<K extends RuleKind = RuleKind> = z.output<(typeof RULE_PARAMS)[K]>;

/** A rule's kind and parameters together, as stored and as evaluated. */
export type RuleSpec = { [K in RuleKind]: { kind: K; params: RuleParams<K> } }[RuleKind];

/** The kind and parameters of a stored rule; null when they no longer parse (never evaluated then). */
export function readRuleSpec(kind: string, params: unknown): RuleSpec | null {
  const known = ruleKindSchema.safeParse(kind);
  if (!known.success) return null;
  const parsed = RULE_PARAMS[known.data].safeParse(params);
  return parsed.success ? ({ kind: known.data, params: parsed.data } as RuleSpec) : null;
}

/** Defaults a person can keep: what most call centres would want to hear about. */
export const PRESETS: { [K in RuleKind]: RuleParams<K> } = {
  "answer-rate": { belowPercent: 60, hours: 3, minCalls: 20 },
  "failure-share": { abovePercent: 20, hours: 3, minCalls: 20 },
  "call-volume": { direction: "either", spreads: 4, minCalls: 10 },
  "delivery-rate": { belowPercent: 90, hours: 6, minMessages: 20 },
};

export const KIND_LABELS: Record<RuleKind, string> = {
  "answer-rate": "Answer rate too low",
  "failure-share": "Too many failed, busy or unanswered calls",
  "call-volume": "Calls per hour far from usual",
  "delivery-rate": "Message delivery rate too low",
};

/** One sentence per rule, as the alerts page and every notice say it. */
export function describeRule(spec: RuleSpec): string {
  switch (spec.kind) {
    case "answer-rate":
      return `Answer rate below ${spec.params.belowPercent}% over the last ${spec.params.hours} h (at least ${spec.params.minCalls} ended calls).`;
    case "failure-share":
      return `Failed, busy and no-answer calls above ${spec.params.abovePercent}% over the last ${spec.params.hours} h (at least ${spec.params.minCalls} ended calls).`;
    case "call-volume": {
      const way = { above: "above", below: "below", either: "above or below" }[spec.params.direction];
      return `Calls in the last full hour more than ${spec.params.spreads} spreads ${way} the median of the same weekday-hour over the last 8 weeks (when either has at least ${spec.params.minCalls} calls).`;
    }
    case "delivery-rate":
      return `Message delivery rate below ${spec.params.belowPercent}% over the last ${spec.params.hours} h (at least ${spec.params.minMessages} outbound messages with an outcome).`;
  }
}

/** The form fields of each kind: name, label and bounds, so the page builds its inputs from here. */
export type ParamField =
  | { name: string; label: string; type: "number"; min: number; max: number; step: number }
  | { name: string; label: string; type: "choice"; options: { value: string; label: string }[] };

const field = (name: string, label: string, min: number, max: number, step = 1): ParamField => ({
  name,
  label,
  type: "number",
  min,
  max,
  step,
});

export const PARAM_FIELDS: Record<RuleKind, ParamField[]> = {
  "answer-rate": [
    field("belowPercent", "Fire below (%)", 1, 100),
    field("hours", "Over the last (hours)", 1, 48),
    field("minCalls", "Only with at least (ended calls)", 1, 100_000),
  ],
  "failure-share": [
    field("abovePercent", "Fire above (%)", 1, 100),
    field("hours", "Over the last (hours)", 1, 48),
    field("minCalls", "Only with at least (ended calls)", 1, 100_000),
  ],
  "call-volume": [
    {
      name: "direction",
      label: "Fire when calls are",
      type: "choice",
      options: [
        { value: "either", label: "Far above or below usual" },
        { value: "above", label: "Far above usual" },
        { value: "below", label: "Far below usual" },
      ],
    },
    field("spreads", "Spreads from the median", 1, 20, 0.5),
    field("minCalls", "Only with at least (calls in the hour or its median)", 1, 100_000),
  ],
  "delivery-rate": [
    field("belowPercent", "Fire below (%)", 1, 100),
    field("hours", "Over the last (hours)", 1, 48),
    field("minMessages", "Only with at least (messages with an outcome)", 1, 100_000),
  ],
};

import { z } from "zod";

// The kinds of rule, each with its parameters (a zod schema, read on every write and every
// evaluation), the preset a person starts from, and the words that explain it.

const percent = z.coerce.number().min(1).max(100);
const hours = z.coerce.number().int().min(1).max(48);
const minimum = z.coerce.number().int().min(1).max(100_000);
/** An amount in the account's billing currency, as Twilio prices its usage. */
const money = z.coerce.number().min(0.01).max(10_000_000);
const direction = z.enum(["above", "below", "either"]);
const spreads = z.coerce.number().min(1).max(20);

export const RULE_PARAMS = {
  "answer-rate": z.strictObject({ belowPercent: percent, hours, minCalls: minimum }),
  "failure-share": z.strictObject({ abovePercent: percent, hours, minCalls: minimum }),
  "call-volume": z.strictObject({ direction, spreads, minCalls: minimum }),
  "silent-number": z.strictObject({ hours: z.coerce.number().int().min(1).max(12), minUsual: minimum }),
  "delivery-rate": z.strictObject({ belowPercent: percent, hours, minMessages: minimum }),
  "message-volume": z.strictObject({ direction, spreads, minMessages: minimum }),
  "daily-spend": z.strictObject({ above: money }),
  "month-projection": z.strictObject({ budget: money }),
} as const;

export type RuleKind = keyof typeof RULE_PARAMS;
export const RULE_KINDS = Object.keys(RULE_PARAMS) as RuleKind[];
/** The kinds that can watch one number: they count inbound calls to it (lib/rollups numberHours). */
export const NUMBER_KINDS: readonly RuleKind[] = ["answer-rate", "failure-share", "call-volume", "silent-number"];
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
  "silent-number": { hours: 2, minUsual: 6 },
  "delivery-rate": { belowPercent: 90, hours: 6, minMessages: 20 },
  "message-volume": { direction: "either", spreads: 4, minMessages: 20 },
  "daily-spend": { above: 100 },
  "month-projection": { budget: 1000 },
};

export const KIND_LABELS: Record<RuleKind, string> = {
  "answer-rate": "Answer rate too low",
  "failure-share": "Too many failed, busy or unanswered calls",
  "call-volume": "Calls per hour far from usual",
  "silent-number": "A number stopped receiving calls",
  "delivery-rate": "Message delivery rate too low",
  "message-volume": "Messages per hour far from usual",
  "daily-spend": "Spend per day too high",
  "month-projection": "Month's projected spend over budget",
};

const WAYS = { above: "above", below: "below", either: "above or below" } as const;

/** The sentence of a volume rule, calls or messages alike. */
const volumeRule = (noun: string, p: { direction: keyof typeof WAYS; spreads: number }, minimum: number) =>
  `${noun[0]!.toUpperCase()}${noun.slice(1)} in the last full hour more than ${p.spreads} spreads ${WAYS[p.direction]} the median of the same weekday-hour over the last 8 weeks (when either has at least ${minimum} ${noun}).`;

/** One sentence per rule, as the alerts page and every notice say it. */
export function describeRule(spec: RuleSpec): string {
  switch (spec.kind) {
    case "answer-rate":
      return `Answer rate below ${spec.params.belowPercent}% over the last ${spec.params.hours} h (at least ${spec.params.minCalls} ended calls).`;
    case "failure-share":
      return `Failed, busy and no-answer calls above ${spec.params.abovePercent}% over the last ${spec.params.hours} h (at least ${spec.params.minCalls} ended calls).`;
    case "call-volume":
      return volumeRule("calls", spec.params, spec.params.minCalls);
    case "silent-number":
      return `No inbound call to a number in the last ${spec.params.hours} full ${spec.params.hours === 1 ? "hour" : "hours"}, when the same weekday-hours of the last 8 weeks usually bring it at least ${spec.params.minUsual} (the sum of each hour's median).`;
    case "delivery-rate":
      return `Message delivery rate below ${spec.params.belowPercent}% over the last ${spec.params.hours} h (at least ${spec.params.minMessages} outbound messages with an outcome).`;
    case "message-volume":
      return volumeRule("messages", spec.params, spec.params.minMessages);
    case "daily-spend":
      return `Spend (Twilio's total price) of the latest complete UTC day above ${spec.params.above}.`;
    case "month-projection":
      return `This UTC month's spend, projected from its complete days to the month's end, above a budget of ${spec.params.budget}.`;
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

/** The fields of a volume rule: which way, how far, and the minimum that keeps small numbers quiet. */
const volumeFields = (noun: "calls" | "messages"): ParamField[] => [
  {
    name: "direction",
    label: `Fire when ${noun} are`,
    type: "choice",
    options: [
      { value: "either", label: "Far above or below usual" },
      { value: "above", label: "Far above usual" },
      { value: "below", label: "Far below usual" },
    ],
  },
  field("spreads", "Spreads from the median", 1, 20, 0.5),
  field(
    noun === "calls" ? "minCalls" : "minMessages",
    `Only with at least (${noun} in the hour or its median)`,
    1,
    100_000,
  ),
];

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
  "call-volume": volumeFields("calls"),
  "silent-number": [
    field("hours", "Silent for (full hours)", 1, 12),
    field("minUsual", "When those hours usually bring at least (calls)", 1, 100_000),
  ],
  "delivery-rate": [
    field("belowPercent", "Fire below (%)", 1, 100),
    field("hours", "Over the last (hours)", 1, 48),
    field("minMessages", "Only with at least (messages with an outcome)", 1, 100_000),
  ],
  "message-volume": volumeFields("messages"),
  "daily-spend": [field("above", "Fire above (billing currency per day)", 0.01, 10_000_000, 0.01)],
  "month-projection": [field("budget", "Monthly budget (billing currency)", 0.01, 10_000_000, 0.01)],
};

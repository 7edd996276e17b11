import { z } from "zod";

// What one evaluation of a rule measured, stored with each firing: the hours looked at, the
// verdict, the values behind it and one sentence that says it. "unknown" is too little traffic
// to tell (below the rule's minimum): it changes nothing, so a quiet night neither fires nor clears.

export const VERDICTS = ["firing", "clear", "unknown"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const figuresSchema = z.object({
  /** The hours measured, [from, until), UTC. */
  from: z.iso.datetime(),
  until: z.iso.datetime(),
  verdict: z.enum(VERDICTS),
  summary: z.string(),
  values: z.record(z.string(), z.number().nullable()),
  /** The numbers it is about, where a rule watches several (the silent ones), most important first. */
  numbers: z.array(z.string()).optional(),
});

export type Figures = z.infer<typeof figuresSchema>;

/** Stored figures read back; null when they do not parse (shown as missing, never trusted). */
export function readFigures(value: unknown): Figures | null {
  const parsed = figuresSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Figures for the period [start, end): what every check returns. */
export function figuresFor(
  period: { start: Date; end: Date },
  verdict: Verdict,
  summary: string,
  values: Figures["values"],
): Figures {
  return { from: period.start.toISOString(), until: period.end.toISOString(), verdict, summary, values };
}

/** A share as the notices write it: "42.5%". */
export const percentText = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);

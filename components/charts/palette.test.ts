import { describe, expect, it } from "vitest";
import { CALL_STATUSES, MESSAGE_STATUSES, SPEND_GROUPS } from "@/lib/domain";
import {
  CHANNEL_STYLES,
  DIRECTION_STYLES,
  MESSAGE_STATUS_STYLES,
  messageStatusSeries,
  NEUTRAL_STYLE,
  SPEND_GROUP_STYLES,
  STATUS_STYLES,
  statusSeries,
} from "./palette";

// WCAG relative luminance and contrast, and Machado et al. (2009) full-severity colour-vision-deficiency
// simulation in linear RGB, with CIE76 distances in Lab.
type Rgb = [number, number, number];
const linear = (hex: string): Rgb =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (c: Rgb, m: number[][]) =>
  m.map((row) => Math.min(1, Math.max(0, (row[0] ?? 0) * c[0] + (row[1] ?? 0) * c[1] + (row[2] ?? 0) * c[2]))) as Rgb;
const lab = ([r, g, b]: Rgb) => {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    luminance([r, g, b]),
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};
const distance = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));

function closestPair(colors: string[], m?: number[][]): number {
  const rgb = colors.map(linear).map((c) => (m ? simulate(c, m) : c));
  let min = Infinity;
  rgb.forEach((a, i) => rgb.slice(i + 1).forEach((b) => (min = Math.min(min, distance(a, b)))));
  return min;
}

const statusColors = Object.values(STATUS_STYLES).map((s) => s.color);
const terminalColors = (["completed", "busy", "no-answer", "failed", "canceled"] as const).map(
  (s) => STATUS_STYLES[s].color,
);

const messageColors = Object.values(MESSAGE_STATUS_STYLES).map((s) => s.color);
// The outcomes a message ends with: the series a reader compares most.
const messageOutcomeColors = (["delivered", "read", "received", "undelivered", "failed"] as const).map(
  (s) => MESSAGE_STATUS_STYLES[s].color,
);
const channelColors = Object.values(CHANNEL_STYLES).map((s) => s.color);
const spendColors = Object.values(SPEND_GROUP_STYLES).map((s) => s.color);

describe("palette", () => {
  it.each([
    ...new Set([
      ...statusColors,
      ...messageColors,
      ...channelColors,
      ...spendColors,
      ...Object.values(DIRECTION_STYLES).map((s) => s.color),
      NEUTRAL_STYLE.color,
    ]),
  ])("%s keeps 3:1 against the light and the dark card", (color) => {
    expect(contrast(color, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(color, "#0f172a")).toBeGreaterThanOrEqual(3);
  });

  it.each([["typical vision", undefined], ...Object.entries(SIMULATIONS)])(
    "keeps statuses apart with %s",
    (_name, matrix) => {
      expect(closestPair(statusColors, matrix)).toBeGreaterThan(12);
      expect(closestPair(terminalColors, matrix)).toBeGreaterThan(18);
      expect(closestPair(messageColors, matrix)).toBeGreaterThan(12);
      expect(closestPair(messageOutcomeColors, matrix)).toBeGreaterThan(18);
      expect(closestPair(channelColors, matrix)).toBeGreaterThan(18);
      expect(closestPair(spendColors, matrix)).toBeGreaterThan(18);
    },
  );

  it("gives every status its own pattern, so colour is never the only cue", () => {
    expect(new Set(Object.values(STATUS_STYLES).map((s) => s.pattern)).size).toBe(CALL_STATUSES.length);
    expect(DIRECTION_STYLES.inbound.pattern).not.toBe(DIRECTION_STYLES.outbound.pattern);
    expect(new Set(Object.values(MESSAGE_STATUS_STYLES).map((s) => s.pattern)).size).toBe(MESSAGE_STATUSES.length);
    expect(new Set(Object.values(CHANNEL_STYLES).map((s) => s.pattern)).size).toBe(Object.keys(CHANNEL_STYLES).length);
    expect(new Set(Object.values(SPEND_GROUP_STYLES).map((s) => s.pattern)).size).toBe(SPEND_GROUPS.length);
  });

  it("builds labelled series, terminal outcomes first", () => {
    expect(statusSeries(["queued", "failed", "completed"]).map((s) => [s.key, s.label])).toEqual([
      ["completed", "Completed"],
      ["failed", "Failed"],
      ["queued", "Queued"],
    ]);
    expect(statusSeries()).toHaveLength(CALL_STATUSES.length);
    expect(messageStatusSeries(["queued", "failed", "delivered"]).map((s) => [s.key, s.label])).toEqual([
      ["delivered", "Delivered"],
      ["failed", "Failed"],
      ["queued", "Queued"],
    ]);
    expect(messageStatusSeries()).toHaveLength(MESSAGE_STATUSES.length);
  });
});

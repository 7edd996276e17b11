import { createHash } from "node:crypto";

// Per-record fields come from a fast 32-bit hash instead of node:crypto: a 1000-call page
// draws tens of thousands of numbers and must stay in the low milliseconds.

export type Rand = () => number;

export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix32(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A reproducible stream of numbers in [0, 1) for record `index` of a keyed sequence. */
export function rng(key: number, index: number): Rand {
  let state = mix32(key, index);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function unitHash(key: number, index: number): number {
  return mix32(key, index) / 4294967296;
}

export function pick<T>(u: number, items: readonly T[]): T {
  const item = items[Math.min(items.length - 1, Math.floor(u * items.length))];
  if (item === undefined) throw new Error("pick() needs a non-empty list");
  return item;
}

export function weighted<T>(u: number, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let target = u * total;
  for (const [value, weight] of entries) {
    target -= weight;
    if (target < 0) return value;
  }
  // Rounding can leave a sliver of `target`: it belongs to the last entry.
  return pick(1, entries)[0];
}

/** Log-normal draw (Box–Muller) for long-tailed durations. */
export function logNormal(u1: number, u2: number, median: number, sigma: number): number {
  const z = Math.sqrt(-2 * Math.log(Math.max(u1, 1e-12))) * Math.cos(2 * Math.PI * u2);
  return median * Math.exp(sigma * z);
}

/** 32 lowercase hex characters, stable for the same parts: account SIDs, tokens, number SIDs. */
export function hex32(...parts: (string | number)[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

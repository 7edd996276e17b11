import { unitHash } from "../lib/hash";

// Relative call intensity by local hour and weekday: quiet nights, busy business hours.
const HOUR_WEIGHT = [
  0.05, 0.03, 0.02, 0.02, 0.03, 0.06, 0.15, 0.35, 0.7, 1, 1, 0.95, 0.8, 0.9, 1, 0.95, 0.85, 0.6, 0.35, 0.25, 0.18, 0.12,
  0.08, 0.06,
] as const;
const DAY_WEIGHT: Record<string, number> = { Mon: 1, Tue: 1.05, Wed: 1, Thu: 0.98, Fri: 0.9, Sat: 0.3, Sun: 0.2 };

export interface IntensityOptions {
  endSec: number;
  hours: number;
  timeZone: string;
  noiseKey: number;
}

/** Cumulative relative intensity per hour of an account's history, in its local time. */
export interface Intensity {
  startSec: number;
  endSec: number;
  cumulative: Float64Array;
}

export function buildIntensity(options: IntensityOptions): Intensity {
  const startSec = options.endSec - options.hours * 3600;
  const cumulative = new Float64Array(options.hours + 1);
  const local = new Intl.DateTimeFormat("en-US", {
    timeZone: options.timeZone,
    weekday: "short",
    hour: "numeric",
    hourCycle: "h23",
  });
  for (let h = 0; h < options.hours; h++) {
    const parts = local.formatToParts(new Date((startSec + h * 3600) * 1000));
    const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 12);
    const day = parts.find((p) => p.type === "weekday")?.value ?? "Mon";
    const noise = 0.75 + 0.5 * unitHash(options.noiseKey, h);
    const trend = 0.85 + (0.3 * h) / options.hours;
    const weight = (HOUR_WEIGHT[hour] ?? 0.5) * (DAY_WEIGHT[day] ?? 1) * noise * trend;
    cumulative[h + 1] = (cumulative[h] ?? 0) + weight;
  }
  return { startSec, endSec: options.endSec, cumulative };
}

/**
 * Maps record index i (0 = oldest) to a start second through the inverse CDF of the hourly
 * intensity. The map is monotonic, so time filters become binary searches on i and no record is
 * ever held in memory: only one float per hour of history.
 */
export class Timeline {
  constructor(
    private readonly intensity: Intensity,
    readonly count: number,
  ) {}

  secOf(index: number): number {
    const cum = this.intensity.cumulative;
    const target = ((index + 0.5) / this.count) * (cum[cum.length - 1] ?? 0);
    let lo = 0;
    let hi = cum.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((cum[mid] ?? 0) <= target) lo = mid;
      else hi = mid - 1;
    }
    const from = cum[lo] ?? 0;
    const width = (cum[lo + 1] ?? from) - from;
    const frac = width > 0 ? Math.min(1, (target - from) / width) : 0;
    return Math.floor(this.intensity.startSec + (lo + frac) * 3600);
  }
}

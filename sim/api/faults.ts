import { z } from "zod";
import { rng, type Rand } from "../lib/hash";

export const faultOverridesSchema = z
  .strictObject({
    latencyMs: z.number().int().min(0).max(120_000),
    rate429: z.number().min(0).max(1),
    maxConcurrent: z.number().int().min(1).nullable(),
    rate5xx: z.number().min(0).max(1),
    dropRate: z.number().min(0).max(1),
    slowPageMsPerItem: z.number().min(0).max(1000),
    /** The grant cannot read the account: everything under it answers 404/20404. */
    denied: z.boolean(),
    /**
     * The Calls list and fetch leave out `count` of the completed calls that started on `day` (UTC),
     * the oldest ones, while the usage records still count them: a lost-records bug to detect.
     */
    hiddenCalls: z.strictObject({ day: z.iso.date(), count: z.number().int().min(1).max(1_000_000) }).nullable(),
  })
  .partial();

export type FaultOverrides = z.infer<typeof faultOverridesSchema>;
export type FaultSettings = Required<FaultOverrides>;

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  rate429: 0,
  maxConcurrent: null,
  rate5xx: 0,
  dropRate: 0,
  slowPageMsPerItem: 0,
  denied: false,
  hiddenCalls: null,
};

/**
 * Per-account fault settings, in-flight counters for the concurrency cap, and one seeded
 * random stream so a given sequence of requests fails the same way on every run.
 */
export class FaultRegistry {
  private readonly overrides = new Map<string, FaultOverrides>();
  private readonly inFlight = new Map<string, number>();
  private draw: Rand;

  constructor(
    readonly defaults: FaultSettings,
    private readonly seed: number,
  ) {
    this.draw = rng(seed, 0xfa017);
  }

  /** Replaces an account's overrides; `{}` puts the account back on the defaults. */
  set(accountSid: string, overrides: FaultOverrides): FaultSettings {
    if (Object.keys(overrides).length === 0) this.overrides.delete(accountSid);
    else this.overrides.set(accountSid, overrides);
    return { ...this.defaults, ...overrides };
  }

  /** The first account in `accountSids` with overrides decides; its SID keys the concurrency count. */
  resolve(accountSids: readonly string[]): { key: string; settings: FaultSettings } {
    const key = accountSids.find((sid) => this.overrides.has(sid)) ?? accountSids[0] ?? "*";
    return { key, settings: { ...this.defaults, ...this.overrides.get(key) } };
  }

  enter(key: string): number {
    const count = (this.inFlight.get(key) ?? 0) + 1;
    this.inFlight.set(key, count);
    return count;
  }

  leave(key: string): void {
    const count = (this.inFlight.get(key) ?? 1) - 1;
    if (count <= 0) this.inFlight.delete(key);
    else this.inFlight.set(key, count);
  }

  roll(): number {
    return this.draw();
  }

  reset(): void {
    this.overrides.clear();
    this.draw = rng(this.seed, 0xfa017);
  }

  snapshot(): Record<string, FaultOverrides> {
    return Object.fromEntries(this.overrides);
  }
}

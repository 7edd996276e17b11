import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";
import { LIMITS, type LimitName } from "./limits";

export type LimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Db = ReturnType<typeof getDb>;

// Limiters are kept per database (tests install one per file), built on first use. The counters
// live in the RateLimit table, so every instance of the app shares them; if the database cannot
// be reached, each process falls back to counting in memory rather than refusing everyone.
const limiters = new WeakMap<Db, Map<LimitName, RateLimiterPrisma>>();

function limiter(name: LimitName): RateLimiterPrisma {
  const db = getDb();
  const forDb = limiters.get(db) ?? new Map<LimitName, RateLimiterPrisma>();
  limiters.set(db, forDb);
  let found = forDb.get(name);
  if (!found) {
    const { points, duration } = LIMITS[name];
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: name,
      points,
      duration,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
    });
    forDb.set(name, found);
  }
  return found;
}

/** Uses one point of `name` for `key` (a user id, an address…): allowed, or how long until it is. */
export async function consumeLimit(name: LimitName, key: string): Promise<LimitOutcome> {
  try {
    await limiter(name).consume(key);
    return { allowed: true };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}

/**
 * Takes one of `name`'s slots for `key` (work that runs a while, like an export). A refused
 * attempt holds no slot: its point is given straight back, unlike a rate limit's, where refused
 * attempts keep counting.
 */
export async function takeSlot(name: LimitName, key: string): Promise<LimitOutcome> {
  const outcome = await consumeLimit(name, key);
  if (!outcome.allowed) await limiter(name).reward(key, 1);
  return outcome;
}

/**
 * Gives a slot back when its work ends. Not after the window has ended (the key starts afresh),
 * or the next window would begin below zero.
 */
export async function releaseSlot(name: LimitName, key: string): Promise<void> {
  const current = await limiter(name).get(key);
  if (current && current.consumedPoints > 0) await limiter(name).reward(key, 1);
}

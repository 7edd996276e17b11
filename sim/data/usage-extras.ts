import { unitHash } from "../lib/hash";
import { DAY_SECONDS } from "../lib/twilio-time";
import { addTally, type Tallies } from "./usage-categories";

const WEEK_SECONDS = 7 * DAY_SECONDS;
const LOCAL_NUMBER_MICROS = 1_150_000;
const TOLLFREE_NUMBER_MICROS = 2_150_000;
const TOLLFREE_SHARE = 0.3;
const LOOKUP_ACCOUNT_SHARE = 0.4;
const MAX_LOOKUPS_A_DAY = 5;
const LOOKUP_MICROS = 5_000;
/** Stored recordings: 0.0005 usd a minute a month, charged by the day. */
const STORAGE_MICROS_PER_MINUTE_DAY = 500 / 30;
/** The recorded share of calls (usage-activity) times a typical recorded call's minutes. */
const STORED_MINUTES_PER_CALL = (1 / 8) * 2;

/** What the usage that does not come from calls and messages is drawn from. */
export interface ExtrasSource {
  key: number;
  localNumbers: number;
  createdSec: number;
  historyStartSec: number;
  /** The connect subaccount that Connect opens for the app holds no numbers. */
  holdsNumbers: boolean;
  /** Calls of the generated history that started at or before a second. */
  callsAtOrBefore(sec: number): number;
}

/** Each number is bought in the account's first week, then charged on that day of every month. */
function numberPurchases(source: ExtrasSource): { sec: number; tollFree: boolean }[] {
  if (!source.holdsNumbers) return [];
  const bought = (n: number) => source.createdSec + Math.floor(unitHash(source.key, 0x9b00 + n) * WEEK_SECONDS);
  const local = Array.from({ length: source.localNumbers }, (_, n) => ({ sec: bought(n), tollFree: false }));
  const tollFree = unitHash(source.key, 0x7011) < TOLLFREE_SHARE ? [{ sec: bought(99), tollFree: true }] : [];
  return [...local, ...tollFree];
}

/** Day `daySec` is a monthly charge day of a purchase on `boughtSec` (the 31st bills on a month's last day). */
function isChargeDay(boughtSec: number, daySec: number): boolean {
  const bought = new Date(boughtSec * 1000);
  const day = new Date(daySec * 1000);
  const monthLength = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
  return day.getUTCDate() === Math.min(bought.getUTCDate(), monthLength);
}

function addNumbers(source: ExtrasSource, daySec: number, nowSec: number, into: Tallies): void {
  for (const number of numberPurchases(source)) {
    // Charged at the time of day it was bought, the purchase itself included.
    const chargedSec = daySec + (number.sec % DAY_SECONDS);
    if (number.sec >= daySec + DAY_SECONDS || chargedSec > nowSec || !isChargeDay(number.sec, daySec)) continue;
    const category = number.tollFree ? "phonenumbers-tollfree" : "phonenumbers-local";
    addTally(into, category, 1, 1, number.tollFree ? TOLLFREE_NUMBER_MICROS : LOCAL_NUMBER_MICROS);
  }
}

/** A few lookups a day on some accounts, at hash-drawn times within the history. */
function addLookups(source: ExtrasSource, daySec: number, nowSec: number, into: Tallies): void {
  if (unitHash(source.key, 0x100c) >= LOOKUP_ACCOUNT_SHARE) return;
  const dayIndex = daySec / DAY_SECONDS;
  const planned = Math.floor(unitHash(source.key ^ dayIndex, 0) * (MAX_LOOKUPS_A_DAY + 1));
  let done = 0;
  for (let k = 0; k < planned; k++) {
    const sec = daySec + Math.floor(unitHash(source.key ^ dayIndex, k + 1) * DAY_SECONDS);
    if (sec >= source.historyStartSec && sec <= nowSec) done++;
  }
  if (done > 0) addTally(into, "lookups", done, done, done * LOOKUP_MICROS);
}

/**
 * Storage of the recordings made before the day, charged from the day's start. Estimated from how
 * many calls the generated history holds by then: the exact recordings would need every earlier day.
 */
function addStorage(source: ExtrasSource, daySec: number, nowSec: number, into: Tallies): void {
  if (daySec > nowSec) return;
  const minutes = Math.ceil(source.callsAtOrBefore(daySec - 1) * STORED_MINUTES_PER_CALL);
  if (minutes > 0)
    addTally(into, "recordingstorage", minutes, minutes, Math.round(minutes * STORAGE_MICROS_PER_MINUTE_DAY));
}

/** Phone numbers, lookups and recording storage of one account on one UTC day, by the clock. */
export function extraUsage(source: ExtrasSource, daySec: number, nowSec: number): Tallies {
  const tallies: Tallies = new Map();
  addNumbers(source, daySec, nowSec, tallies);
  addLookups(source, daySec, nowSec, tallies);
  addStorage(source, daySec, nowSec, tallies);
  return tallies;
}

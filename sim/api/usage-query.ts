import { dayOf } from "../data/usage-ledger";
import { USAGE_CATEGORIES, type UsageCategory } from "../data/usage-categories";
import { DAY_SECONDS } from "../lib/twilio-time";
import { apiErrors, isApiResult, type ApiResult } from "./result";

export type UsagePeriod = "daily" | "monthly";

/** Days as their first second (UTC); both ends inclusive. */
export interface UsageQuery {
  period: UsagePeriod;
  firstDaySec: number;
  lastDaySec: number;
  categories: readonly UsageCategory[];
  includeSubaccounts: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET = /^([+-])(\d{1,5})days$/;
/** Without StartDate: the last 30 days before EndDate (daily), or the 12 months before its month (monthly). */
const DEFAULT_DAYS_BACK = 30;
const DEFAULT_MONTHS_BACK = 12;

/** YYYY-MM-DD (a real calendar day, GMT) or an offset from today such as `-30days`, as Twilio reads them. */
function parseDay(raw: string, todaySec: number): number | null {
  const offset = OFFSET.exec(raw);
  if (offset) return todaySec + (offset[1] === "-" ? -1 : 1) * Number(offset[2]) * DAY_SECONDS;
  const m = DATE.exec(raw);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? ms / 1000
    : null;
}

function dayParam(query: URLSearchParams, name: string, todaySec: number, fallback: () => number): number | ApiResult {
  const raw = query.get(name);
  if (raw === null) return fallback();
  return parseDay(raw, todaySec) ?? apiErrors.invalidParameter(name, raw);
}

export function monthStart(sec: number, monthsBack = 0): number {
  const date = new Date(sec * 1000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1) / 1000;
}

/**
 * Usage/Records/Daily.json and Monthly.json: StartDate and EndDate (inclusive), Category (one of the
 * simulator's; any other is refused as Twilio refuses a category it does not know) and
 * IncludeSubaccounts (`true` by default). Days after today have no records: EndDate stops at today.
 */
export function usageQuery(query: URLSearchParams, period: UsagePeriod, nowSec: number): UsageQuery | ApiResult {
  const todaySec = dayOf(nowSec);
  const end = dayParam(query, "EndDate", todaySec, () => todaySec);
  if (isApiResult(end)) return end;
  const start = dayParam(query, "StartDate", todaySec, () =>
    period === "daily" ? end - DEFAULT_DAYS_BACK * DAY_SECONDS : monthStart(end, DEFAULT_MONTHS_BACK),
  );
  if (isApiResult(start)) return start;
  const category = query.get("Category");
  const categories = category === null ? USAGE_CATEGORIES : USAGE_CATEGORIES.filter((c) => c.name === category);
  if (category !== null && categories.length === 0) return apiErrors.invalidParameter("Category", category);
  const include = query.get("IncludeSubaccounts");
  if (include !== null && include !== "true" && include !== "false") {
    return apiErrors.invalidParameter("IncludeSubaccounts", include);
  }
  return {
    period,
    firstDaySec: start,
    lastDaySec: Math.min(end, todaySec),
    categories,
    includeSubaccounts: include !== "false",
  };
}

import type { SecRange } from "../data/record-log";
import { DAY_SECONDS } from "../lib/twilio-time";
import { apiErrors, type ApiResult } from "./result";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ZONELESS = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * Twilio accepts YYYY-MM-DD (a UTC day) and full date-times; the SDK sends
 * YYYY-MM-DDTHH:mm:ssZ. Date-times without a zone are read as UTC, not as the host's zone.
 */
function parseSeconds(value: string): number | null {
  const zoneless = ZONELESS.exec(value);
  const text = DATE_ONLY.test(value) ? `${value}T00:00:00Z` : zoneless ? `${zoneless[1]}T${zoneless[2]}Z` : value;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms / 1000;
}

/**
 * `Field` = on that UTC day, `Field>` = at or after, `Field<` = strictly before, as the
 * API reference words them. Returns inclusive whole-second bounds.
 */
export function timeRange(query: URLSearchParams, field: string): SecRange | ApiResult {
  let minSec = -Infinity;
  let maxSec = Infinity;
  for (const suffix of ["", ">", "<"] as const) {
    const name = field + suffix;
    const raw = query.get(name);
    if (raw === null) continue;
    const sec = parseSeconds(raw);
    if (sec === null) return apiErrors.invalidParameter(name, raw);
    if (suffix === "") {
      const day = Math.floor(sec / DAY_SECONDS) * DAY_SECONDS;
      minSec = Math.max(minSec, day);
      maxSec = Math.min(maxSec, day + DAY_SECONDS - 1);
    } else if (suffix === ">") {
      minSec = Math.max(minSec, Math.ceil(sec));
    } else {
      maxSec = Math.min(maxSec, Math.ceil(sec) - 1);
    }
  }
  return { minSec, maxSec };
}

export function inRange(sec: number, range: SecRange): boolean {
  return sec >= range.minSec && sec <= range.maxSec;
}

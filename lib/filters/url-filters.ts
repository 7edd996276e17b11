import { z } from "zod";
import { accountSidSchema, CALL_STATUSES, MESSAGE_STATUSES, type CallStatus, type MessageStatus } from "@/lib/domain";
import { DIRECTIONS, RANGE_LABELS, RANGE_PRESETS } from "./options";
import { canonicalTimeZone, daysBetween, isIsoDate, zonedDate } from "@/lib/time";

/** About three years: long enough for year-over-year views, short enough to keep queries bounded. */
export const MAX_RANGE_DAYS = 3 * 365 + 1;
const MAX_QUERY_LENGTH = 20;

const isoDate = z.string().refine(isIsoDate, "is not a date written YYYY-MM-DD");

/** An IANA time zone in its canonical spelling: the dashboards' `tz`, and wherever else one is chosen. */
export const timeZoneSchema = z.string().transform((value, ctx) => {
  const zone = canonicalTimeZone(value);
  if (zone) return zone;
  ctx.addIssue({ code: "custom", message: "is not an IANA time zone" });
  return z.NEVER;
});

// One schema per URL parameter, so a bad value is dropped on its own instead of rejecting the whole URL.
const field = {
  range: z.enum(RANGE_PRESETS, "is not a known date range"),
  from: isoDate,
  to: isoDate,
  tz: timeZoneSchema,
  account: accountSidSchema,
  direction: z.enum(DIRECTIONS, "is not inbound, outbound or all"),
  // Pasted numbers come formatted ("+1 (415) 555-0100"); the separators carry no meaning.
  q: z
    .string()
    .transform((value) => value.replace(/[\s().-]/g, ""))
    .pipe(
      z
        .string()
        .regex(/^\+?\d*$/, "may only hold digits and a leading +")
        .max(MAX_QUERY_LENGTH, `is longer than ${MAX_QUERY_LENGTH} characters`),
    ),
};

/** A valid, defaulted filter set over records with these statuses; `issues` lists what was ignored on the way in. */
function filtersSchema<S extends string>(statuses: readonly [S, ...S[]], noun: string) {
  return z
    .object({
      range: field.range,
      from: field.from.optional(),
      to: field.to.optional(),
      tz: field.tz,
      account: field.account.optional(),
      direction: field.direction,
      status: z.array(z.enum(statuses, `is not a ${noun} status`)),
      q: field.q.optional(),
      issues: z.array(z.string()),
    })
    .refine((f) => (f.range === "custom") === (f.from !== undefined && f.to !== undefined), {
      message: "from and to belong to, and only to, a custom range",
    });
}

export const callFiltersSchema = filtersSchema(CALL_STATUSES, "call");
export const messageFiltersSchema = filtersSchema(MESSAGE_STATUSES, "message");

/** The filters of the call pages and of the message pages: the same but for the statuses. */
export type Filters<S extends string = string> = Omit<z.output<typeof callFiltersSchema>, "status"> & { status: S[] };
export type CallFilters = Filters<CallStatus>;
export type MessageFilters = Filters<MessageStatus>;
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export const DEFAULT_CALL_FILTERS: CallFilters = {
  range: "30d",
  tz: "UTC",
  direction: "all",
  status: [],
  issues: [],
};
export const DEFAULT_MESSAGE_FILTERS: MessageFilters = { ...DEFAULT_CALL_FILTERS, status: [] };

/** The call log's keyset cursors (the page after or before a call). */
export const PAGE_CURSOR_PARAMS = ["after", "before"] as const;

export const FILTER_PARAMS = ["range", "from", "to", "tz", "account", "direction", "status", "q"] as const;

function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** Reads call filters from page search params. Never throws: bad values fall back to defaults and are listed in `issues`. */
export function parseCallFilters(searchParams: SearchParamsRecord, now: Date): CallFilters {
  return parseFilters(searchParams, now, CALL_STATUSES, "call");
}

/** Reads message filters from page search params, as parseCallFilters does. */
export function parseMessageFilters(searchParams: SearchParamsRecord, now: Date): MessageFilters {
  return parseFilters(searchParams, now, MESSAGE_STATUSES, "message");
}

function parseFilters<S extends string>(
  searchParams: SearchParamsRecord,
  now: Date,
  statuses: readonly [S, ...S[]],
  noun: string,
): Filters<S> {
  const issues: string[] = [];
  // One value per name: a repeated parameter would otherwise mean whichever copy was read.
  const value = (name: string) => {
    const given = Object.hasOwn(searchParams, name) ? [searchParams[name] ?? []].flat() : [];
    if (given.length > 1) issues.push(`${name} is given more than once`);
    return given.length === 1 ? given[0]?.trim() : undefined;
  };
  function check<T>(schema: z.ZodType<T, string>, raw: string | undefined, label: string): T | undefined {
    if (!raw) return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    issues.push(`${label} ${quote(raw)} ${result.error.issues[0]?.message ?? "is invalid"}`);
    return undefined;
  }

  const tz = check(field.tz, value("tz"), "time zone") ?? DEFAULT_CALL_FILTERS.tz;
  const from = check(field.from, value("from"), "start date");
  const to = check(field.to, value("to"), "end date");
  // A hand-written link with only from and to clearly means a custom range.
  let range = check(field.range, value("range"), "date range") ?? (from && to ? "custom" : DEFAULT_CALL_FILTERS.range);
  const custom = range === "custom" ? checkCustomRange(from, to, zonedDate(now, tz)) : undefined;
  if (typeof custom === "string") {
    issues.push(`${custom}; showing ${RANGE_LABELS[DEFAULT_CALL_FILTERS.range].toLowerCase()}`);
    range = DEFAULT_CALL_FILTERS.range;
  }

  const requested = (value("status") ?? "").split(",").map((s) => s.trim());
  const statusField = z.enum(statuses, `is not a ${noun} status`);
  const valid = new Set(requested.map((s) => check(statusField, s, "status")));
  const status = statuses.filter((s) => valid.has(s));

  const account = check(field.account, value("account"), "account");
  const q = check(field.q, value("q"), "number search");
  return {
    range,
    ...(typeof custom === "object" ? custom : {}),
    tz,
    ...(account ? { account } : {}),
    direction: check(field.direction, value("direction"), "direction") ?? DEFAULT_CALL_FILTERS.direction,
    status,
    ...(q ? { q } : {}),
    issues,
  };
}

/** The custom dates when usable, otherwise why not. */
function checkCustomRange(from: string | undefined, to: string | undefined, today: string) {
  if (!from || !to) return "custom date range needs a valid start and end date";
  const span = `date range ${from} to ${to}`;
  if (daysBetween(from, to) < 0) return `${span} ends before it starts`;
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) return `${span} is longer than 3 years`;
  if (from > today) return `${span} starts in the future`;
  return { from, to };
}

/** A typed number search in the form the URL keeps ("" for none), or null when it cannot be one. */
export function normalizeNumberQuery(raw: string): string | null {
  const result = field.q.safeParse(raw.trim());
  return result.success ? result.data : null;
}

/** Filters as URL params, leaving out defaults so shared links stay short. */
export function serializeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  const d = DEFAULT_CALL_FILTERS;
  if (filters.range !== d.range) params.set("range", filters.range);
  if (filters.range === "custom" && filters.from && filters.to) {
    params.set("from", filters.from);
    params.set("to", filters.to);
  }
  if (filters.tz !== d.tz) params.set("tz", filters.tz);
  if (filters.account) params.set("account", filters.account);
  if (filters.direction !== d.direction) params.set("direction", filters.direction);
  if (filters.status.length > 0) params.set("status", filters.status.join(","));
  if (filters.q) params.set("q", filters.q);
  return params;
}

/** Replaces the filter params in a URL's query, keeping any others (tabs, sort order) as they were. */
export function withFilters(current: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(current);
  // A page cursor points into the calls of the old filters: new filters start from the first page.
  for (const name of [...FILTER_PARAMS, ...PAGE_CURSOR_PARAMS]) next.delete(name);
  for (const [name, value] of serializeFilters(filters)) next.append(name, value);
  return next;
}

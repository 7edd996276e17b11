import type { CallFilters, MessageFilters } from "@/lib/filters";
import type { Period } from "@/lib/time";

export type { Bucket } from "@/lib/filters";
export type { Period } from "@/lib/time";

/**
 * What every analytics query reads: one connection (its id must come from the ownership-checked
 * getConnection), a UTC period and the dashboard's filters. The filter fields take their types
 * from the URL filter model, so the two cannot drift apart.
 */
export type AnalyticsQuery = {
  connectionId: string;
  accountSid?: CallFilters["account"];
  range: Period;
  timeZone: CallFilters["tz"];
  direction?: CallFilters["direction"];
  statuses?: CallFilters["status"];
  numberQuery?: CallFilters["q"];
};

/** The query for a connection and the filters parsed from the page's URL. */
export function toAnalyticsQuery(connectionId: string, filters: CallFilters, range: Period): AnalyticsQuery {
  return {
    connectionId,
    accountSid: filters.account,
    range: { start: range.start, end: range.end },
    timeZone: filters.tz,
    direction: filters.direction,
    statuses: filters.status,
    numberQuery: filters.q,
  };
}

/** The same for messages: their own statuses, and `numberQuery` matching either address. */
export type MessageQuery = Omit<AnalyticsQuery, "statuses"> & { statuses?: MessageFilters["status"] };

/** Either kind of query: what the shared SQL (time buckets, rollups, currencies) needs of both. */
export type RecordQuery = AnalyticsQuery | MessageQuery;

/** The message query for a connection and the filters parsed from the page's URL. */
export function toMessageQuery(connectionId: string, filters: MessageFilters, range: Period): MessageQuery {
  return { ...toAnalyticsQuery(connectionId, { ...filters, status: [] }, range), statuses: filters.status };
}

/** Money summed per ISO 4217 currency, largest first; costs are positive. */
export type CurrencyAmount = { currency: string; amount: number };

import twilio from "twilio";
import { toTwilioError } from "./errors";

export const API = "https://api.twilio.com";

/** The time-ordered lists the app imports, with the filter each is ranged by. */
export const LISTS = {
  calls: { path: "Calls.json", timeFilter: "StartTime" },
  messages: { path: "Messages.json", timeFilter: "DateSent" },
} as const;

export type ListName = keyof typeof LISTS;

/** A record as Twilio's JSON has it (snake_case strings); lib/sync maps it to its own row. */
export type WireRecord = Record<string, unknown>;

export type ListPage = { records: WireRecord[]; nextPageUrl: string | null };

const twilioTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** First page of a list's records in [from, to) by its time filter, newest first. */
export function listPageUrl(
  list: ListName,
  accountSid: string,
  range: { from: Date; to: Date },
  pageSize = 1000,
): string {
  const { path, timeFilter } = LISTS[list];
  const query = new URLSearchParams({
    PageSize: String(pageSize),
    [`${timeFilter}>`]: twilioTime(range.from),
    [`${timeFilter}<`]: twilioTime(range.to),
  });
  return `${API}/2010-04-01/Accounts/${accountSid}/${path}?${query}`;
}

/**
 * First page of an account's calls in one status. Calls that have not been dialed have no
 * start_time, so no StartTime window finds them: they are read by status instead.
 */
export function callsByStatusUrl(accountSid: string, status: string, pageSize = 1000): string {
  const query = new URLSearchParams({ Status: status, PageSize: String(pageSize) });
  return `${API}/2010-04-01/Accounts/${accountSid}/Calls.json?${query}`;
}

/** One call by SID, as Twilio's JSON has it; null when Twilio no longer has it (404). */
export async function fetchCall(
  client: twilio.Twilio,
  accountSid: string,
  callSid: string,
): Promise<WireRecord | null> {
  const response = await client.request({
    method: "get",
    uri: `${API}/2010-04-01/Accounts/${accountSid}/Calls/${callSid}.json`,
  });
  if (response.statusCode === 404) return null;
  if (response.statusCode >= 400) throw toTwilioError(new twilio.RestException(response));
  return (typeof response.body === "string" ? JSON.parse(response.body) : response.body) as WireRecord;
}

/**
 * Reads one page of a list through the SDK's authenticated, retrying HTTP client, but without
 * building an SDK object per record: a large import spends its CPU on that otherwise.
 */
export function fetchListPage(client: twilio.Twilio, list: ListName, url: string): Promise<ListPage> {
  return fetchEnvelopePage(client, list, url);
}

/**
 * One page of any of Twilio's 2010 lists: the records under the envelope's key (`calls`,
 * `usage_records`) and the absolute URL of the next page. A page without its key is Twilio's fault.
 */
export async function fetchEnvelopePage(client: twilio.Twilio, key: string, url: string): Promise<ListPage> {
  const response = await client.request({ method: "get", uri: url });
  if (response.statusCode >= 400) throw toTwilioError(new twilio.RestException(response));
  const body = (typeof response.body === "string" ? JSON.parse(response.body) : response.body) as Record<
    string,
    unknown
  >;
  const records = body[key];
  if (!Array.isArray(records))
    throw toTwilioError({ status: 502, message: `Twilio sent a ${key} page without ${key}` });
  const next = typeof body.next_page_uri === "string" && body.next_page_uri ? `${API}${body.next_page_uri}` : null;
  return { records: records as WireRecord[], nextPageUrl: next };
}

import twilio from "twilio";
import { toTwilioError } from "./errors";

const API = "https://api.twilio.com";

/** A call as Twilio's JSON has it (snake_case strings); lib/sync maps it to its own row. */
export type WireCall = Record<string, unknown>;

export type CallsPage = { calls: WireCall[]; nextPageUrl: string | null };

/** First page of the calls that started in [from, to), newest first. */
export function callsPageUrl(accountSid: string, range: { from: Date; to: Date }, pageSize = 1000): string {
  const query = new URLSearchParams({
    PageSize: String(pageSize),
    "StartTime>": range.from.toISOString().replace(/\.\d{3}Z$/, "Z"),
    "StartTime<": range.to.toISOString().replace(/\.\d{3}Z$/, "Z"),
  });
  return `${API}/2010-04-01/Accounts/${accountSid}/Calls.json?${query}`;
}

/**
 * Reads one page of the Calls list through the SDK's authenticated, retrying HTTP client, but
 * without building an SDK object per call: a large import spends its CPU on that otherwise.
 */
export async function fetchCallsPage(client: twilio.Twilio, url: string): Promise<CallsPage> {
  const response = await client.request({ method: "get", uri: url });
  if (response.statusCode >= 400) throw toTwilioError(new twilio.RestException(response));
  const body = (typeof response.body === "string" ? JSON.parse(response.body) : response.body) as {
    calls?: unknown;
    next_page_uri?: unknown;
  };
  if (!Array.isArray(body.calls)) throw toTwilioError({ status: 502, message: "Twilio sent a calls page without calls" });
  const next = typeof body.next_page_uri === "string" && body.next_page_uri ? `${API}${body.next_page_uri}` : null;
  return { calls: body.calls as WireCall[], nextPageUrl: next };
}

import { errorMessageOf } from "../data/message-errors";
import { messageStateAt, type MessageDirection, type MessageRecord, type MessageStatus } from "../data/message-record";
import { date, subresourceJson, text } from "./json-text";

/** A Message as api.twilio.com serializes it (schema api.v2010.account.message). */
export interface WireMessage {
  body: string;
  num_segments: string;
  direction: MessageDirection;
  from: string;
  to: string;
  date_updated: string;
  price: string | null;
  error_message: string | null;
  uri: string;
  account_sid: string;
  num_media: string;
  status: MessageStatus;
  messaging_service_sid: string | null;
  sid: string;
  date_sent: string | null;
  date_created: string;
  error_code: number | null;
  price_unit: string;
  api_version: string;
  subresource_uris: Record<string, string>;
}

const messageSubresourceJson = subresourceJson({ media: "Media", feedback: "Feedback" });

// Generated bodies come from a small pool: each is escaped once, not once per message.
const BODY_MEMO_SIZE = 64;
const bodyJson = new Map<string, string>();
function bodyText(body: string): string {
  const known = bodyJson.get(body);
  if (known !== undefined) return known;
  const escaped = JSON.stringify(body);
  if (bodyJson.size >= BODY_MEMO_SIZE) bodyJson.clear();
  bodyJson.set(body, escaped);
  return escaped;
}

/**
 * A Message as JSON text, in WireMessage's key order, as Messages pages are built (see callJson).
 * The body and addresses may hold any text; SIDs, enums, dates, prices and numbers need no escaping.
 */
export function messageJson(message: MessageRecord, nowSec: number): string {
  const state = messageStateAt(message, nowSec);
  const base = `/2010-04-01/Accounts/${message.accountSid}/Messages/${message.sid}`;
  const errorMessage = state.errorCode === null ? null : errorMessageOf(state.errorCode);
  return [
    `{"body":${bodyText(message.body)},"num_segments":"${message.numSegments}","direction":"${message.direction}",`,
    `"from":${text(message.from)},"to":${text(message.to)},"date_updated":${date(state.updatedSec)},`,
    `"price":${state.price === null ? "null" : `"${state.price}"`},"error_message":${text(errorMessage)},"uri":"${base}.json",`,
    `"account_sid":"${message.accountSid}","num_media":"${message.numMedia}","status":"${state.status}",`,
    `"messaging_service_sid":${text(message.messagingServiceSid)},"sid":"${message.sid}",`,
    `"date_sent":${date(state.dateSentSec)},"date_created":${date(message.createdSec)},`,
    `"error_code":${state.errorCode ?? "null"},"price_unit":"USD","api_version":"2010-04-01",`,
    `"subresource_uris":${messageSubresourceJson(base)}}`,
  ].join("");
}

/** The control API answers with the same message as an object. */
export function messageToWire(message: MessageRecord, nowSec: number): WireMessage {
  return JSON.parse(messageJson(message, nowSec)) as WireMessage;
}

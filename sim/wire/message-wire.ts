import { errorMessageOf } from "../data/message-errors";
import { messageStateAt, type MessageDirection, type MessageRecord, type MessageStatus } from "../data/message-record";
import { rfc2822 } from "../lib/twilio-time";
import { subresourceUris } from "./call-wire";

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

export function messageToWire(message: MessageRecord, nowSec: number): WireMessage {
  const state = messageStateAt(message, nowSec);
  const base = `/2010-04-01/Accounts/${message.accountSid}/Messages/${message.sid}`;
  return {
    body: message.body,
    num_segments: String(message.numSegments),
    direction: message.direction,
    from: message.from,
    to: message.to,
    date_updated: rfc2822(state.updatedSec),
    price: state.price,
    error_message: state.errorCode === null ? null : errorMessageOf(state.errorCode),
    uri: `${base}.json`,
    account_sid: message.accountSid,
    num_media: String(message.numMedia),
    status: state.status,
    messaging_service_sid: message.messagingServiceSid,
    sid: message.sid,
    date_sent: state.dateSentSec === null ? null : rfc2822(state.dateSentSec),
    date_created: rfc2822(message.createdSec),
    error_code: state.errorCode,
    price_unit: "USD",
    api_version: "2010-04-01",
    subresource_uris: subresourceUris(base, { media: "Media", feedback: "Feedback" }),
  };
}

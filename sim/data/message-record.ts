import { formatPrice } from "./countries";

export const MESSAGE_DIRECTIONS = ["inbound", "outbound-api", "outbound-reply"] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];
export const MESSAGE_CHANNELS = ["sms", "mms", "whatsapp"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
/** Where a message ends up; `read` is a later event of a delivered WhatsApp message (readSec). */
export const MESSAGE_OUTCOMES = ["received", "delivered", "sent", "undelivered", "failed"] as const;
export type MessageOutcome = (typeof MESSAGE_OUTCOMES)[number];
export type MessageStatus = MessageOutcome | "queued" | "sending" | "read";

/** The longest a message waits in Twilio's queue, which bounds its date_sent from its creation. */
export const MAX_QUEUE_SECONDS = 60;

/**
 * A message as planned from creation to its last receipt. What the API shows depends on the
 * clock: the same record is queued, sending, sent, then delivered, priced and maybe read (see
 * messageStateAt). Inbound messages are received from the start.
 */
export interface MessageRecord {
  sid: string;
  accountSid: string;
  direction: MessageDirection;
  channel: MessageChannel;
  from: string;
  to: string;
  body: string;
  numSegments: number;
  numMedia: number;
  outcome: MessageOutcome;
  /** Shown once the message is failed or undelivered. */
  errorCode: number | null;
  messagingServiceSid: string | null;
  createdSec: number;
  /** When it left the queue: handed to the carrier, or refused (failed); date_sent from then on. */
  dequeuedSec: number;
  /** When the carrier accepted it. */
  sentSec: number;
  /** When the carrier's receipt came; when it was sent for a message that never gets one. */
  settledSec: number;
  /** When the recipient read it (WhatsApp), or null. */
  readSec: number | null;
  /** USD; billed a little after the message settles. A failed message is never billed. */
  cost: number;
  priceDelaySec: number;
}

export interface MessageState {
  status: MessageStatus;
  dateSentSec: number | null;
  errorCode: number | null;
  price: string | null;
  updatedSec: number;
}

function statusAt(message: MessageRecord, nowSec: number): MessageStatus {
  if (message.outcome === "received") return "received";
  if (nowSec < message.dequeuedSec) return "queued";
  if (message.outcome === "failed") return "failed";
  if (nowSec < message.sentSec) return "sending";
  if (nowSec < message.settledSec || message.outcome === "sent") return "sent";
  return message.readSec !== null && nowSec >= message.readSec ? "read" : message.outcome;
}

/** date_sent at `nowSec`: empty while the message is queued, as on Twilio. */
export function dateSentAt(message: MessageRecord, nowSec: number): number | null {
  return nowSec >= message.dequeuedSec ? message.dequeuedSec : null;
}

export function messageStateAt(message: MessageRecord, nowSec: number): MessageState {
  const status = statusAt(message, nowSec);
  const pricedSec = message.outcome === "failed" ? null : message.settledSec + message.priceDelaySec;
  // The last change so far: the steps come in this order, the read receipt and the price after them.
  let updatedSec = message.createdSec;
  if (nowSec >= message.dequeuedSec) updatedSec = message.dequeuedSec;
  if (nowSec >= message.sentSec) updatedSec = message.sentSec;
  if (nowSec >= message.settledSec) updatedSec = message.settledSec;
  if (message.readSec !== null && nowSec >= message.readSec) updatedSec = Math.max(updatedSec, message.readSec);
  if (pricedSec !== null && nowSec >= pricedSec) updatedSec = Math.max(updatedSec, pricedSec);
  return {
    status,
    dateSentSec: dateSentAt(message, nowSec),
    errorCode: status === "failed" || status === "undelivered" ? message.errorCode : null,
    price: pricedSec !== null && nowSec >= pricedSec ? formatPrice(message.cost) : null,
    updatedSec,
  };
}

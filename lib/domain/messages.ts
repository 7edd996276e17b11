// Twilio's vocabulary for messages, and the words the app shows for it.

/**
 * Twilio's message statuses: an outbound message is accepted or scheduled, queued, sending, sent,
 * then delivered (and for some channels read) or undelivered; `failed` means Twilio refused it
 * before sending. Inbound messages are receiving, then received.
 */
export const MESSAGE_STATUSES = [
  "accepted",
  "scheduled",
  "queued",
  "sending",
  "sent",
  "delivered",
  "read",
  "partially_delivered",
  "undelivered",
  "failed",
  "canceled",
  "receiving",
  "received",
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = {
  accepted: "Accepted",
  scheduled: "Scheduled",
  queued: "Queued",
  sending: "Sending",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  partially_delivered: "Partially delivered",
  undelivered: "Undelivered",
  failed: "Failed",
  canceled: "Canceled",
  receiving: "Receiving",
  received: "Received",
};

export function isMessageStatus(value: string): value is MessageStatus {
  return (MESSAGE_STATUSES as readonly string[]).includes(value);
}

export function messageStatusLabel(status: string): string {
  return isMessageStatus(status) ? MESSAGE_STATUS_LABELS[status] : status;
}

/** Outbound messages Twilio has not finished with: their status and price may still change. */
export const UNSETTLED_MESSAGE_STATUSES: readonly MessageStatus[] = [
  "accepted",
  "scheduled",
  "queued",
  "sending",
  "sent",
  "receiving",
];

/**
 * The statuses in which Twilio has set a message's date_sent: an outbound message that left Twilio
 * for the carrier, or an inbound one Twilio received. Before that (queued, sending…) or without it
 * (failed, canceled) the app keeps date_created in its place.
 */
const DATE_SENT_STATUSES: readonly MessageStatus[] = [
  "sent",
  "delivered",
  "read",
  "partially_delivered",
  "undelivered",
  "received",
];

export function messageWasSent(status: string): boolean {
  return isMessageStatus(status) && DATE_SENT_STATUSES.includes(status);
}

/**
 * The statuses that end an outbound message's delivery, as the delivery rate counts them:
 * delivered ÷ (delivered + undelivered + failed). A read message was delivered first.
 */
export const DELIVERED_MESSAGE_STATUSES: readonly MessageStatus[] = ["delivered", "read"];
export const UNDELIVERED_MESSAGE_STATUSES: readonly MessageStatus[] = ["undelivered"];
export const FAILED_MESSAGE_STATUSES: readonly MessageStatus[] = ["failed"];

/**
 * The raw Twilio `direction` values of a side: outbound messages are sent through the API, as a
 * reply from TwiML, or during a call.
 */
export function messageDirections(side: "inbound" | "outbound"): string[] {
  return side === "inbound" ? ["inbound"] : ["outbound-api", "outbound-reply", "outbound-call"];
}

const MESSAGE_DIRECTION_LABELS: Record<string, string> = {
  inbound: "Inbound",
  "outbound-api": "Outbound (API)",
  "outbound-reply": "Outbound (reply)",
  "outbound-call": "Outbound (during a call)",
};

export function messageDirectionLabel(direction: string): string {
  return Object.hasOwn(MESSAGE_DIRECTION_LABELS, direction)
    ? (MESSAGE_DIRECTION_LABELS[direction] ?? direction)
    : direction;
}

/** How a message travelled: SMS, MMS, WhatsApp, or another channel Twilio names by an address prefix. */
export const MESSAGE_CHANNELS = ["sms", "mms", "whatsapp", "other"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const MESSAGE_CHANNEL_LABELS: Record<MessageChannel, string> = {
  sms: "SMS",
  mms: "MMS",
  whatsapp: "WhatsApp",
  other: "Other channels",
};

/** A stored channel's words; a value the app does not know is shown as it is. */
export function messageChannelLabel(channel: string): string {
  return Object.hasOwn(MESSAGE_CHANNEL_LABELS, channel) ? MESSAGE_CHANNEL_LABELS[channel as MessageChannel] : channel;
}

/**
 * A message's channel from its addresses: WhatsApp numbers are written `whatsapp:+E.164`, other
 * channels (Messenger, RCS…) use their own `scheme:` prefix; a phone-number message with media is MMS.
 */
export function messageChannel(from: string, to: string, numMedia: number | null): MessageChannel {
  const schemes = [from, to].map((address) => /^([a-z]+):/i.exec(address)?.[1]?.toLowerCase());
  if (schemes.includes("whatsapp")) return "whatsapp";
  if (schemes.some((scheme) => scheme !== undefined)) return "other";
  return (numMedia ?? 0) > 0 ? "mms" : "sms";
}

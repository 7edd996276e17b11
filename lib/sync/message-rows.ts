import { messageChannel, type MessageChannel } from "@/lib/domain";
import type { WireRecord } from "@/lib/twilio";
import { commonFields, type CommonFields } from "./common-fields";
import { integer, text, time } from "./wire-values";

/** A message's metadata as the import writes it; the body is never read. */
export type MessageRow = CommonFields & {
  dateSent: string;
  numSegments: number | null;
  numMedia: number | null;
  errorCode: number | null;
  messagingServiceSid: string | null;
  channel: MessageChannel;
};

export function toMessageRow(message: WireRecord): MessageRow {
  const common = commonFields(message);
  const numMedia = integer(message.num_media);
  // Assigned, not spread: see toCallRow.
  return Object.assign(common, {
    dateSent: time(message.date_sent) ?? common.dateCreated,
    numSegments: integer(message.num_segments),
    numMedia,
    errorCode: integer(message.error_code),
    messagingServiceSid: text(message.messaging_service_sid),
    channel: messageChannel(common.from, common.to, numMedia),
  });
}

// What Twilio's messaging error codes mean, for the codes a message's `error_code` commonly holds.
// Source: Twilio's error dictionary, https://www.twilio.com/docs/api/errors (one page per code,
// linked from each entry), read December 2026; titles shortened, meanings in the app's words.
// A code missing here is still shown, with a link to its page.

export type MessageErrorEntry = {
  /** Twilio's title for the code, shortened. */
  title: string;
  /** What usually causes it and what to do, in a sentence or two. */
  meaning: string;
};

const MESSAGE_ERRORS: Record<number, MessageErrorEntry> = {
  21211: {
    title: "Invalid 'To' phone number",
    meaning: "The recipient's number is not a valid phone number. Check its format (E.164, with the country code).",
  },
  21408: {
    title: "Sending to this region is not enabled",
    meaning:
      "The account's messaging geographic permissions do not allow the recipient's country. Enable it in the Console if it is wanted.",
  },
  21610: {
    title: "Recipient has unsubscribed",
    meaning:
      "The recipient replied STOP (or a similar keyword) to this sender. Twilio blocks further messages until they reply START.",
  },
  21614: {
    title: "'To' number is not a mobile number",
    meaning: "The recipient's number cannot receive SMS: usually a landline, or a number that is not in service.",
  },
  30003: {
    title: "Unreachable destination handset",
    meaning:
      "The carrier could not reach the phone: switched off, out of coverage, or unable to take messages for a while. Often temporary.",
  },
  30004: {
    title: "Message blocked",
    meaning:
      "The recipient or their carrier blocked the message, for example because the recipient opted out with the carrier.",
  },
  30005: {
    title: "Unknown destination handset",
    meaning: "The number does not exist or is no longer in service. Remove it from the sending list.",
  },
  30006: {
    title: "Landline or unreachable carrier",
    meaning: "The number is a landline, or its carrier cannot receive messages from this sender.",
  },
  30007: {
    title: "Message filtered",
    meaning:
      "The carrier filtered the message as spam or unwanted content. Review the content and the sender's registration (A2P 10DLC, toll-free verification).",
  },
  30008: {
    title: "Unknown error",
    meaning: "The carrier reported a failure without a reason. Retrying later sometimes succeeds.",
  },
  30032: {
    title: "Toll-free number not verified",
    meaning:
      "The toll-free sender has not completed Twilio's toll-free verification, so US and Canadian carriers block it.",
  },
  30034: {
    title: "Unregistered US A2P 10DLC number",
    meaning:
      "The sending 10-digit US number is not registered to an approved A2P 10DLC campaign, so US carriers block its messages.",
  },
  63016: {
    title: "Outside the WhatsApp messaging window",
    meaning:
      "A free-form WhatsApp message was sent more than 24 hours after the person last wrote. Outside that window, send an approved template.",
  },
};

/** The dictionary's entry for a code, or null when the app has none (the link still explains it). */
export function messageErrorEntry(code: number): MessageErrorEntry | null {
  return Object.hasOwn(MESSAGE_ERRORS, code) ? (MESSAGE_ERRORS[code] ?? null) : null;
}

/** Twilio's page for an error code. */
export function twilioErrorUrl(code: number): string {
  return `https://www.twilio.com/docs/api/errors/${code}`;
}

/** The codes the dictionary describes, in order (tests, the simulator's error mix). */
export const DESCRIBED_MESSAGE_ERROR_CODES: readonly number[] = Object.keys(MESSAGE_ERRORS).map(Number);

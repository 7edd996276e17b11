import type { Country } from "./countries";

/**
 * The error codes generated messages carry, with the description Twilio's error dictionary gives
 * each (the spec has `error_message` describe `error_code`). The app's own error dictionary
 * describes exactly these codes, so a new one belongs there too.
 */
export const FAILED_ERRORS = {
  30007: "Message filtered",
  30008: "Unknown error",
  21610: "Attempt to send to unsubscribed recipient",
  21614: "'To' number is not a valid mobile number",
  21211: "Invalid 'To' Phone Number",
  21408: "Permission to send an SMS has not been enabled for the region indicated by the 'To' number",
  63016: "Failed to send freeform message because you are outside the allowed window",
} as const;

export const UNDELIVERED_ERRORS = {
  30003: "Unreachable destination handset",
  30005: "Unknown destination handset",
  30006: "Landline or unreachable carrier",
  30032: "Toll-Free Number Has Not Been Verified",
  30034: "Message from an Unregistered Number",
} as const;

export type FailedErrorCode = keyof typeof FAILED_ERRORS;
export type UndeliveredErrorCode = keyof typeof UNDELIVERED_ERRORS;
export type MessageErrorCode = FailedErrorCode | UndeliveredErrorCode;

const MESSAGES: Record<number, string> = { ...FAILED_ERRORS, ...UNDELIVERED_ERRORS };

export function errorMessageOf(code: number): string | null {
  return MESSAGES[code] ?? null;
}

/** Outside the allowed window (24 hours after the person last wrote) WhatsApp takes templates only. */
export const WHATSAPP_FAILED_ERROR: FailedErrorCode = 63016;

type Weights<C> = readonly (readonly [C, number])[];

/** Failures other than filtering, in these proportions; 21408 only where the account never enabled the destination abroad. */
const OTHER_FAILURES = [
  [21610, 0.35],
  [30008, 0.2],
  [21211, 0.15],
  [21614, 0.15],
] as const;
const ABROAD_ONLY_FAILURE = [21408, 0.15] as const;
/** 30034 is A2P 10DLC registration, which US carriers alone enforce. */
const UNDELIVERED = [
  [30003, 0.45],
  [30005, 0.2],
  [30006, 0.15],
  [30032, 0.08],
] as const;
const US_ONLY_UNDELIVERED = [30034, 0.12] as const;

export interface ErrorMix {
  failed: Weights<FailedErrorCode>;
  undelivered: Weights<UndeliveredErrorCode>;
}

/** Which errors texts to `destination` end with, built once per destination and kind of route. */
export function errorMix(destination: Country, abroad: boolean): ErrorMix {
  const filtered = destination.smsDelivery.filtered;
  const others = abroad ? [...OTHER_FAILURES, ABROAD_ONLY_FAILURE] : OTHER_FAILURES;
  return {
    failed: [[30007, filtered], ...others.map(([code, share]) => [code, share * (1 - filtered)] as const)],
    undelivered: destination.iso === "US" ? [...UNDELIVERED, US_ONLY_UNDELIVERED] : UNDELIVERED,
  };
}

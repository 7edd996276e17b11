// Phone numbers in text, masked to their last digits: a backstop under every log line, so a number
// that reaches a log by mistake (an error message quoting a Twilio request, say) is not kept whole.

const KEPT_DIGITS = 4;

/**
 * `+` (or `%2B` in a URL) and 7 to 15 digits, single spaces or hyphens allowed between them:
 * E.164 and its printed forms.
 */
const INTERNATIONAL = /(?:\+|%2B)\d(?:[ -]?\d){6,14}/gi;
/**
 * A bare run of 10 to 15 digits (E.164 without its plus, a national number): nothing else in a
 * log line is that long. Digits joined to letters, dots or hyphens (ids, decimals, dates) are left.
 */
const BARE = /(?<![\w.-])\d{10,15}(?![\w.-])/g;

/** A phone number with all but its last four digits hidden: `+14155550123` → `+*******0123`. */
export function maskPhoneNumber(number: string): string {
  const prefix = /^(?:\+|%2B)/i.exec(number)?.[0] ?? "";
  const digits = number.slice(prefix.length).replace(/\D/g, "");
  return `${prefix}${"*".repeat(Math.max(0, digits.length - KEPT_DIGITS))}${digits.slice(-KEPT_DIGITS)}`;
}

/** Every phone-number-like part of a text masked. */
export function maskPhoneNumbers(text: string): string {
  return text.replace(INTERNATIONAL, maskPhoneNumber).replace(BARE, maskPhoneNumber);
}

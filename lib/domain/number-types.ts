// What is at either end of a call: a phone number's type in its country's numbering plan, or one
// of the endpoints Twilio reaches without a phone number.

export const NUMBER_TYPES = [
  "mobile",
  "fixed-line",
  "fixed-line-or-mobile",
  "toll-free",
  "premium-rate",
  "shared-cost",
  "voip",
  "personal",
  "pager",
  "uan",
  "voicemail",
  "unknown",
  "client",
  "sip",
  "whatsapp",
  "withheld",
] as const;
export type NumberType = (typeof NUMBER_TYPES)[number];

const NUMBER_TYPE_LABELS: Record<NumberType, string> = {
  mobile: "Mobile",
  "fixed-line": "Landline",
  // North American numbers (US, Canada…) do not say which they are.
  "fixed-line-or-mobile": "Mobile or landline",
  "toll-free": "Toll-free",
  "premium-rate": "Premium rate",
  "shared-cost": "Shared cost",
  voip: "VoIP",
  personal: "Personal number",
  pager: "Pager",
  uan: "Company number (UAN)",
  voicemail: "Voicemail access",
  unknown: "Unrecognised number",
  client: "Twilio Client app",
  sip: "SIP",
  whatsapp: "WhatsApp",
  withheld: "Withheld caller ID",
};

export function isNumberType(value: string): value is NumberType {
  return Object.hasOwn(NUMBER_TYPE_LABELS, value);
}

/** A number type in words; values a later version may store are shown as they come. */
export function numberTypeLabel(value: string): string {
  return isNumberType(value) ? NUMBER_TYPE_LABELS[value] : value;
}

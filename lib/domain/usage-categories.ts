// Twilio's usage categories (twilio.com/docs/usage/api/usage-record#usage-categories), as the spend
// dashboard and the completeness check read them. The categories overlap: `calls` is the sum of
// `calls-inbound` and `calls-outbound`, `sms` of `sms-inbound` and `sms-outbound`, `phonenumbers`
// of its number kinds, and `totalprice` of everything. Summing every record would count the same
// spend two or three times, so the app sums only the top-level categories below, one group each,
// and takes "other" as what `totalprice` holds beyond them.

export const TOTAL_PRICE_CATEGORY = "totalprice";

export const SPEND_GROUPS = ["voice", "messaging", "numbers", "recordings", "other"] as const;
export type SpendGroup = (typeof SPEND_GROUPS)[number];

export const SPEND_GROUP_LABELS: Record<SpendGroup, string> = {
  voice: "Voice",
  messaging: "Messaging",
  numbers: "Phone numbers",
  recordings: "Recordings",
  other: "Other",
};

/**
 * The top-level categories summed into a group; none holds another. Client and SIP calls are
 * separate from `calls` in Twilio's usage (its guide to reconciling call logs with usage says to
 * add them), so voice adds all three.
 */
export const GROUPED_CATEGORIES: Readonly<Record<string, Exclude<SpendGroup, "other">>> = {
  calls: "voice",
  "calls-client": "voice",
  "calls-sip": "voice",
  sms: "messaging",
  mms: "messaging",
  "channels-whatsapp": "messaging",
  phonenumbers: "numbers",
  recordings: "recordings",
  recordingstorage: "recordings",
  transcriptions: "recordings",
};

/** The group a top-level category belongs to; null for a category the spend does not sum by itself. */
export function spendGroupOf(category: string): Exclude<SpendGroup, "other"> | null {
  return Object.hasOwn(GROUPED_CATEGORIES, category) ? (GROUPED_CATEGORIES[category] ?? null) : null;
}

/**
 * What the completeness check compares the imported calls and messages with. Usage counts billed
 * records only: a busy, failed, no-answer or canceled call is not in `calls`, and a failed message
 * is not in `sms` (Twilio's reconciling guide). WhatsApp's categories count conversations rather
 * than messages, so WhatsApp messages are left out of the check.
 */
export const CALL_USAGE_CATEGORIES = ["calls", "calls-client", "calls-sip"] as const;
export const MESSAGE_USAGE_CATEGORIES = ["sms", "mms"] as const;

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  totalprice: "Total",
  calls: "Voice calls",
  "calls-inbound": "Inbound calls",
  "calls-outbound": "Outbound calls",
  "calls-client": "Client calls",
  "calls-sip": "SIP calls",
  sms: "SMS",
  "sms-inbound": "Inbound SMS",
  "sms-outbound": "Outbound SMS",
  mms: "MMS",
  "mms-inbound": "Inbound MMS",
  "mms-outbound": "Outbound MMS",
  "channels-whatsapp": "WhatsApp",
  phonenumbers: "Phone numbers",
  "phonenumbers-local": "Local numbers",
  "phonenumbers-tollfree": "Toll-free numbers",
  "phonenumbers-mobile": "Mobile numbers",
  recordings: "Recordings",
  recordingstorage: "Recording storage",
  transcriptions: "Transcriptions",
  lookups: "Lookups",
};

/** A readable name: Twilio's own description when the record had one, else a known label, else the category. */
export function usageCategoryLabel(category: string, description?: string | null): string {
  if (Object.hasOwn(CATEGORY_LABELS, category)) return CATEGORY_LABELS[category] ?? category;
  return description?.trim() || category;
}

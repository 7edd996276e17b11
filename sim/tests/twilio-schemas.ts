import { z } from "zod";

/*
 * Zod schemas of Twilio's wire format, written from Twilio's OpenAPI description
 * (github.com/twilio/twilio-oai, spec/json/twilio_api_v2010.json, MIT):
 * components.schemas "api.v2010.account.call", "api.v2010.account.message", "api.v2010.account",
 * "api.v2010.account.usage.usage_record.usage_record_daily" (and _monthly, the same fields),
 * their enums (call_enum_status, message_enum_status, message_enum_direction, account_enum_status,
 * account_enum_type) and the list envelopes ListCallResponse, ListMessageResponse,
 * ListAccountResponse, ListUsageRecordDailyResponse, ListUsageRecordMonthlyResponse. Nullability follows the spec; formats (RFC 2822 dates, SID patterns,
 * numeric strings) follow the spec's `format`/`pattern` and Twilio's documented examples.
 */
const sid = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`));
const rfc2822 = z
  .string()
  .regex(
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/,
  );
const decimal = z.string().regex(/^-?\d+\.\d+$/);
const digits = z.string().regex(/^\d+$/);
const relativeUri = z.string().startsWith("/2010-04-01/");
const uriMap = z.record(z.string(), relativeUri);

export const CALL_STATUS = [
  "queued",
  "ringing",
  "in-progress",
  "completed",
  "busy",
  "failed",
  "no-answer",
  "canceled",
] as const;
export const MESSAGE_STATUS = [
  "queued",
  "sending",
  "sent",
  "failed",
  "delivered",
  "undelivered",
  "receiving",
  "received",
  "accepted",
  "scheduled",
  "read",
  "partially_delivered",
  "canceled",
] as const;
export const MESSAGE_DIRECTION = ["inbound", "outbound-api", "outbound-call", "outbound-reply"] as const;
export const ACCOUNT_STATUS = ["active", "suspended", "closed"] as const;
export const ACCOUNT_TYPE = ["Trial", "Full"] as const;

export const callSchema = z.strictObject({
  sid: sid("CA").nullable(),
  date_created: rfc2822.nullable(),
  date_updated: rfc2822.nullable(),
  parent_call_sid: sid("CA").nullable(),
  account_sid: sid("AC").nullable(),
  to: z.string().nullable(),
  to_formatted: z.string().nullable(),
  from: z.string().nullable(),
  from_formatted: z.string().nullable(),
  phone_number_sid: sid("PN").nullable(),
  status: z.enum(CALL_STATUS),
  start_time: rfc2822.nullable(),
  end_time: rfc2822.nullable(),
  duration: digits.nullable(),
  price: decimal.nullable(),
  price_unit: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  direction: z.string().nullable(),
  answered_by: z.string().nullable(),
  api_version: z.string().nullable(),
  forwarded_from: z.string().nullable(),
  group_sid: sid("GP").nullable(),
  caller_name: z.string().nullable(),
  queue_time: digits.nullable(),
  trunk_sid: sid("TK").nullable(),
  uri: relativeUri.nullable(),
  subresource_uris: uriMap.nullable(),
});

export const messageSchema = z.strictObject({
  body: z.string().nullable(),
  num_segments: digits.nullable(),
  direction: z.enum(MESSAGE_DIRECTION),
  from: z.string().nullable(),
  to: z.string().nullable(),
  date_updated: rfc2822.nullable(),
  price: decimal.nullable(),
  error_message: z.string().nullable(),
  uri: relativeUri.nullable(),
  account_sid: sid("AC").nullable(),
  num_media: digits.nullable(),
  status: z.enum(MESSAGE_STATUS),
  messaging_service_sid: sid("MG").nullable(),
  sid: z
    .string()
    .regex(/^(SM|MM)[0-9a-fA-F]{32}$/)
    .nullable(),
  date_sent: rfc2822.nullable(),
  date_created: rfc2822.nullable(),
  error_code: z.number().int().nullable(),
  price_unit: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  api_version: z.string().nullable(),
  subresource_uris: uriMap.nullable(),
});

export const accountSchema = z.strictObject({
  auth_token: z.string().nullable(),
  date_created: rfc2822.nullable(),
  date_updated: rfc2822.nullable(),
  friendly_name: z.string().nullable(),
  owner_account_sid: sid("AC").nullable(),
  sid: sid("AC").nullable(),
  status: z.enum(ACCOUNT_STATUS),
  subresource_uris: uriMap.nullable(),
  type: z.enum(ACCOUNT_TYPE),
  uri: relativeUri.nullable(),
});

const isoDate = z.iso.date();

/** `price` is a JSON number in the spec (its example shows a string; the app accepts both). */
export const usageRecordSchema = z.strictObject({
  account_sid: sid("AC").nullable(),
  api_version: z.string().nullable(),
  as_of: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/)
    .nullable(),
  category: z.string().nullable(),
  count: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .nullable(),
  count_unit: z.string().nullable(),
  description: z.string().nullable(),
  end_date: isoDate.nullable(),
  price: z.number().min(0).nullable(),
  price_unit: z.string().nullable(),
  start_date: isoDate.nullable(),
  subresource_uris: uriMap.nullable(),
  uri: relativeUri.nullable(),
  usage: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .nullable(),
  usage_unit: z.string().nullable(),
});

const pageToken = /[?&]Page=\d+&PageToken=P[AB]/;

function listSchema<K extends string, T extends z.ZodType>(key: K, item: T) {
  return z.strictObject({
    end: z.number().int(),
    first_page_uri: relativeUri,
    next_page_uri: relativeUri.regex(pageToken).nullable(),
    page: z.number().int(),
    page_size: z.number().int(),
    previous_page_uri: relativeUri.regex(pageToken).nullable(),
    start: z.number().int(),
    uri: relativeUri,
    ...({ [key]: z.array(item) } as Record<K, z.ZodArray<T>>),
  });
}

export const listCallResponse = listSchema("calls", callSchema);
export const listMessageResponse = listSchema("messages", messageSchema);
export const listAccountResponse = listSchema("accounts", accountSchema);
export const listUsageResponse = listSchema("usage_records", usageRecordSchema);

export const errorSchema = z.strictObject({
  code: z.number().int(),
  message: z.string(),
  more_info: z.url(),
  status: z.number().int(),
});

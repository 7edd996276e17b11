import { z } from "zod";
import { fidelityInputSchema } from "../api/fidelity";
import { MAX_CALL_SECONDS } from "../data/call-generator";
import { CALL_DIRECTIONS, CALL_STATUSES, FINAL_CALL_STATUSES } from "../data/call-record";
import { COUNTRY_CODES } from "../data/countries";
import { FAILED_ERRORS, UNDELIVERED_ERRORS } from "../data/message-errors";
import { MESSAGE_CHANNELS, MESSAGE_DIRECTIONS } from "../data/message-record";
import type { ExplicitMessage } from "../store/runtime-messages";
import type { UserSpec } from "../store/types";

const count = (max: number) => z.number().int().min(0).max(max);
const phone = z.string().regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number like +14155550100");
/** A call's party: a number, a Twilio Client identity or a SIP URI (usage counts those apart). */
const callParty = z.union([
  phone,
  z
    .string()
    .regex(
      /^(client:[\w.-]{1,100}|sip:[^\s@]{1,64}@[^\s@]{1,200})$/,
      "must be E.164, client:<identity> or sip:<user>@<host>",
    ),
]);
const price = z
  .string()
  .regex(/^-?\d+\.\d+$/, 'must look like "-0.01400"')
  .nullable();

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** POST /_sim/users/{id}/subaccounts, and each of a new user's subaccounts. */
export const accountSpecSchema = z.strictObject({
  friendlyName: z.string().min(1).max(64),
  calls: count(50_000_000).default(100),
  messages: count(10_000_000).default(0),
});

/** POST /_sim/users. `subaccounts` is a list, or a number of subaccounts with 100 calls each. */
export const createUserSchema = z
  .strictObject({
    name: z.string().min(1).max(100),
    email: z.email(),
    friendlyName: z.string().min(1).max(64).optional(),
    country: z.enum(COUNTRY_CODES).default("US"),
    timeZone: z
      .string()
      .refine(isTimeZone, "must be an IANA time zone such as Europe/Paris")
      .default("America/New_York"),
    historyDays: z.number().int().min(1).max(3650).default(90),
    type: z.enum(["Full", "Trial"]).default("Full"),
    calls: count(50_000_000).default(1000),
    messages: count(10_000_000).default(0),
    subaccounts: z.union([z.number().int().min(0).max(100), z.array(accountSpecSchema).max(100)]).default([]),
  })
  .transform((input): UserSpec => ({
    name: input.name,
    email: input.email,
    country: input.country,
    timeZone: input.timeZone,
    historyDays: input.historyDays,
    type: input.type,
    owner: {
      friendlyName: input.friendlyName ?? `${input.name}'s account`,
      calls: input.calls,
      messages: input.messages,
    },
    subaccounts:
      typeof input.subaccounts === "number"
        ? Array.from({ length: input.subaccounts }, (_, n) => ({
            friendlyName: `${input.name} subaccount ${n + 1}`,
            calls: 100,
            messages: 0,
          }))
        : input.subaccounts,
  }));

const explicitCall = z.strictObject({
  to: callParty.optional(),
  from: callParty.optional(),
  direction: z.enum(CALL_DIRECTIONS).optional(),
  /** queued: created now, not dialed until an update starts it. */
  status: z.enum([...FINAL_CALL_STATUSES, "queued"]).optional(),
  startTime: z.iso
    .datetime({ offset: true })
    .transform((s) => new Date(s))
    .optional(),
  duration: z.number().int().min(0).max(MAX_CALL_SECONDS).optional(),
  price: price.optional(),
  parentCallSid: z
    .string()
    .regex(/^CA[0-9a-f]{32}$/)
    .optional(),
  answeredBy: z.string().nullable().optional(),
});

/** POST /_sim/accounts/{sid}/calls: `{count, spreadSeconds}` realistic calls, or explicit `{calls}`. */
export const addCallsSchema = z.union([
  z.strictObject({
    count: z.number().int().min(1).max(100_000),
    spreadSeconds: z
      .number()
      .int()
      .min(1)
      .max(30 * 86_400)
      .default(60),
  }),
  z.strictObject({ calls: z.array(explicitCall).min(1).max(10_000) }),
]);

export const updateCallSchema = z
  .strictObject({
    status: z.enum(CALL_STATUSES).optional(),
    duration: z.number().int().min(0).max(MAX_CALL_SECONDS).optional(),
    price: price.optional(),
  })
  .refine((u) => Object.keys(u).length > 0, "give at least one of status, duration, price");

const hasCode = (codes: object, code: number | undefined) => code === undefined || Object.hasOwn(codes, code);

const explicitMessage = z
  .strictObject({
    direction: z.enum(MESSAGE_DIRECTIONS).optional(),
    channel: z.enum(MESSAGE_CHANNELS).optional(),
    /** Where it ends up; `read` is a delivered WhatsApp message its recipient reads. */
    status: z.enum(["received", "delivered", "read", "sent", "undelivered", "failed"]).optional(),
    errorCode: z.number().int().optional(),
    body: z.string().max(1600).optional(),
    to: phone.optional(),
    from: phone.optional(),
    createdAt: z.iso
      .datetime({ offset: true })
      .transform((s) => new Date(s))
      .optional(),
  })
  .refine(
    (m) =>
      m.direction === undefined || m.status === undefined || (m.direction === "inbound") === (m.status === "received"),
    { message: "inbound messages, and only they, are received" },
  )
  .refine((m) => m.status !== "read" || m.channel === undefined || m.channel === "whatsapp", {
    message: "only WhatsApp messages are read",
  })
  .refine((m) => m.status !== "undelivered" || m.channel !== "whatsapp", {
    message: "WhatsApp messages are delivered, read, sent or failed",
  })
  .refine(
    (m) =>
      m.status === "failed"
        ? hasCode(FAILED_ERRORS, m.errorCode)
        : m.status === "undelivered"
          ? hasCode(UNDELIVERED_ERRORS, m.errorCode)
          : m.errorCode === undefined,
    { message: "errorCode goes with a failed or undelivered status, from the codes of that status" },
  )
  .transform((m): ExplicitMessage => {
    const inbound = m.direction === "inbound" || m.status === "received";
    return {
      // A status other than received is an outbound message's.
      direction: inbound ? "inbound" : (m.direction ?? (m.status === undefined ? undefined : "outbound-api")),
      // Read receipts are WhatsApp's; undelivered receipts come from SMS and MMS carriers.
      channel: m.channel ?? (m.status === "read" ? "whatsapp" : m.status === "undelivered" ? "sms" : undefined),
      outcome: m.status === "read" ? "delivered" : m.status,
      read: m.status === undefined ? undefined : m.status === "read",
      errorCode: m.errorCode,
      body: m.body,
      contact: inbound ? m.from : m.to,
      twilioNumber: inbound ? m.to : m.from,
      createdAt: m.createdAt,
    };
  });

/** POST /_sim/accounts/{sid}/messages: messages with given fields, the rest drawn. */
export const addMessagesSchema = z.strictObject({ messages: z.array(explicitMessage).min(1).max(10_000) });

/** POST /_sim/accounts/{sid}: closing or suspending an account, as its owner can in the Console. */
export const accountUpdateSchema = z.strictObject({ status: z.enum(["active", "suspended", "closed"]) });

/** PUT /_sim/fidelity: "strict", "generous", or switches over strict. */
export const fidelityInput = fidelityInputSchema;

export const authorizeSchema = z
  .strictObject({ email: z.email().optional(), userId: z.string().optional(), state: z.string().optional() })
  .refine((a) => a.email !== undefined || a.userId !== undefined, "give email or userId");

export const clockSchema = z.strictObject({
  advanceSeconds: z
    .number()
    .int()
    .min(1)
    .max(3650 * 86_400),
});

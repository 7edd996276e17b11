import { z } from "zod";

// Twilio's identifiers: a two-letter prefix naming the resource, then 32 hex digits.

const sidPattern = (prefix: string) => new RegExp(`^${prefix}[0-9a-f]{32}$`);

export const ACCOUNT_SID = sidPattern("AC");
export const CALL_SID = sidPattern("CA");
export const CONNECT_APP_SID = sidPattern("CN");
export const MESSAGE_SID = /^(SM|MM)[0-9a-f]{32}$/;

export const accountSidSchema = z.string().regex(ACCOUNT_SID, "is not a Twilio Account SID (AC and 32 hex digits)");
export const callSidSchema = z.string().regex(CALL_SID, "is not a Twilio Call SID (CA and 32 hex digits)");
export const messageSidSchema = z
  .string()
  .regex(MESSAGE_SID, "is not a Twilio Message SID (SM or MM and 32 hex digits)");
export const connectAppSidSchema = z
  .string()
  .regex(CONNECT_APP_SID, "must be a Connect App SID: CN followed by 32 hex characters");

/** The Auth Token of a Twilio account (here: the one that owns the Connect App). */
export const authTokenSchema = z
  .string()
  .regex(/^[0-9a-f]{32}$/, { error: "must be your Twilio account's Auth Token: 32 hex characters" });

export function isAccountSid(value: unknown): value is string {
  return typeof value === "string" && ACCOUNT_SID.test(value);
}

export function isCallSid(value: unknown): value is string {
  return typeof value === "string" && CALL_SID.test(value);
}

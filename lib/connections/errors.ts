import { ownValue } from "@/lib/web";

/** Why linking a Twilio account did not happen, in words a person can act on. */
export const CONNECT_ERRORS = {
  invalid_state: "That Connect link has expired or was already used. Click Connect to start again.",
  invalid_account: "Twilio sent back an account ID we could not read. Click Connect to try again.",
  not_authorized: "Twilio did not confirm the authorization. Click Connect and approve access again.",
  already_connected:
    "That Twilio account is already connected in another workspace of this app. Ask its owner to invite you.",
  not_allowed: "Your role in this workspace cannot connect Twilio accounts. Ask an owner or admin.",
  twilio_unavailable: "Twilio could not be reached just now. Your account was not connected; try again in a minute.",
} as const;

export type ConnectErrorCode = keyof typeof CONNECT_ERRORS;

/** The message for a code from a URL; null for anything else, Object's own members included. */
export function connectErrorMessage(code: unknown): string | null {
  return ownValue<string>(CONNECT_ERRORS, code) ?? null;
}

export class ConnectError extends Error {
  constructor(readonly code: ConnectErrorCode) {
    super(CONNECT_ERRORS[code]);
  }
}

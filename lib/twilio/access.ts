import type twilio from "twilio";
import { shortTwilioError, toTwilioError } from "./errors";

/** Per list: null when the grant reads it, else Twilio's answer ("20404 not found"). */
export type AccountAccess = { callsError: string | null; messagesError: string | null };

/**
 * What the grant lets the app read in one account: one single-record page of each list the app
 * imports. A Connect grant may reach an account's record and not its calls, or neither. Only a
 * refusal is an answer; a 429, 5xx or network failure (after the HTTP client's retries) throws,
 * since it says nothing about the grant.
 */
export async function probeAccess(client: twilio.Twilio, accountSid: string): Promise<AccountAccess> {
  const account = client.api.v2010.accounts(accountSid);
  const [callsError, messagesError] = await Promise.all([
    account.calls.page({ pageSize: 1 }).then(readable, refused),
    account.messages.page({ pageSize: 1 }).then(readable, refused),
  ]);
  return { callsError, messagesError };
}

const readable = () => null;
const refused = (error: unknown) => {
  const failure = toTwilioError(error);
  if (failure.kind === "rate-limited" || failure.kind === "unavailable") throw failure;
  return shortTwilioError(failure);
};

import "server-only";
import twilio from "twilio";
import { env } from "@/lib/env";
import { ResilientRequestClient, type TwilioHttpOptions } from "./http-client";

const globalForTwilio = globalThis as unknown as { __twilioHttp?: ResilientRequestClient };

/** An HTTP client of its own, for tools that talk to Twilio outside the server (twilio:check). */
export function twilioHttpClientFor(options: TwilioHttpOptions): ResilientRequestClient {
  return new ResilientRequestClient(options);
}

/** One HTTP client per process, so each account's concurrency cap is shared by every caller. */
export function twilioHttpClient(): ResilientRequestClient {
  globalForTwilio.__twilioHttp ??= new ResilientRequestClient({ apiBaseUrl: env().TWILIO_API_BASE_URL });
  return globalForTwilio.__twilioHttp;
}

/**
 * A client acting on a user's behalf: their connect AccountSid with our Auth Token, as Twilio
 * Connect prescribes. Other accounts of theirs are reached with `.api.v2010.accounts(sid)`.
 */
export function twilioClientFor(connectAccountSid: string): twilio.Twilio {
  return twilio(connectAccountSid, env().TWILIO_AUTH_TOKEN, { httpClient: twilioHttpClient() });
}

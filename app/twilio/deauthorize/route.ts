// GET|POST /twilio/deauthorize – the Connect App's Deauthorize URL: Twilio tells us a user revoked access
import { after, NextResponse } from "next/server";
import { z } from "zod";
import { confirmRevocation, isActiveConnectAccount, markConnectionRevoked } from "@/lib/connections";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http";
import { accountSidSchema, connectAppSidSchema } from "@/lib/domain";
import { consumeLimit } from "@/lib/limits";
import { isValidTwilioSignature, publicRequestUrl } from "@/lib/twilio";
import { parseParams, singleValues } from "@/lib/web";

const deauthorizeSchema = z.object({
  AccountSid: accountSidSchema,
  ConnectAppSid: connectAppSidSchema,
});

/**
 * An unsigned request costs a call to Twilio with our Auth Token, so it is made only for the SID
 * of an active connection, at most once per SID per window (the answer stands meanwhile), and
 * within an overall budget: made-up SIDs and floods ask Twilio nothing.
 */
async function checkUnsignedRevocation(accountSid: string): Promise<void> {
  if (!(await isActiveConnectAccount(accountSid))) return;
  if (!(await consumeLimit("revocationCheckPerSid", accountSid)).allowed) return;
  if (!(await consumeLimit("revocationChecks", "all")).allowed) return;
  await confirmRevocation(accountSid);
}

async function handle(request: Request): Promise<NextResponse> {
  const settings = env();
  const isPost = request.method === "POST";
  const source = isPost ? new URLSearchParams(await request.text()) : new URL(request.url).searchParams;

  // Signature first: a request that claims to be Twilio's and is not changes nothing.
  const signature = request.headers.get("x-twilio-signature");
  if (signature !== null) {
    const url = publicRequestUrl(request, settings.NEXTAUTH_URL);
    const bodyParams = isPost ? (singleValues(source).values as Record<string, string>) : {};
    const valid = isValidTwilioSignature({ authToken: settings.TWILIO_AUTH_TOKEN, signature, url, params: bodyParams });
    if (!valid) return jsonError(403, "invalid_signature", "X-Twilio-Signature does not match this request.");
  }

  const parsed = parseParams(deauthorizeSchema, source);
  if (!parsed.success)
    return jsonError(400, "invalid_request", `AccountSid and ConnectAppSid, once each: ${parsed.message}`);
  if (parsed.data.ConnectAppSid !== settings.TWILIO_CONNECT_APP_SID) {
    return jsonError(400, "unknown_connect_app", "This is not our Connect App.");
  }

  const { AccountSid } = parsed.data;
  if (signature !== null) {
    await markConnectionRevoked(AccountSid);
  } else {
    // Unsigned: believe it only if Twilio agrees the grant is gone (401/20003 marks it revoked).
    // Checked after answering, so the caller is never kept waiting on Twilio.
    after(() => checkUnsignedRevocation(AccountSid));
  }
  return NextResponse.json({ ok: true });
}

export const GET = handle;
export const POST = handle;

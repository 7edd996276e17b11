// GET|POST /twilio/deauthorize – the Connect App's Deauthorize URL: Twilio tells us a user revoked access
import { after, NextResponse } from "next/server";
import { z } from "zod";
import { confirmRevocation, markConnectionRevoked } from "@/lib/connections";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http";
import { accountSidSchema, connectAppSidSchema } from "@/lib/domain";
import { isValidTwilioSignature, publicRequestUrl } from "@/lib/twilio";

const deauthorizeSchema = z.object({
  AccountSid: accountSidSchema,
  ConnectAppSid: connectAppSidSchema,
});

async function handle(request: Request): Promise<NextResponse> {
  const settings = env();
  const isPost = request.method === "POST";
  const bodyParams = isPost ? Object.fromEntries(new URLSearchParams(await request.text())) : {};
  const params = isPost ? bodyParams : Object.fromEntries(new URL(request.url).searchParams);

  // Signature first: a request that claims to be Twilio's and is not changes nothing.
  const signature = request.headers.get("x-twilio-signature");
  if (signature !== null) {
    const url = publicRequestUrl(request, settings.NEXTAUTH_URL);
    const valid = isValidTwilioSignature({ authToken: settings.TWILIO_AUTH_TOKEN, signature, url, params: bodyParams });
    if (!valid) return jsonError(403, "invalid_signature", "X-Twilio-Signature does not match this request.");
  }

  const parsed = deauthorizeSchema.safeParse(params);
  if (!parsed.success) return jsonError(400, "invalid_request", "AccountSid and ConnectAppSid are required.");
  if (parsed.data.ConnectAppSid !== settings.TWILIO_CONNECT_APP_SID) {
    return jsonError(400, "unknown_connect_app", "This is not our Connect App.");
  }

  const { AccountSid } = parsed.data;
  if (signature !== null) {
    await markConnectionRevoked(AccountSid);
  } else {
    // Unsigned: believe it only if Twilio agrees the grant is gone (401/20003 marks it revoked).
    // Checked after answering, so the caller is never kept waiting on Twilio.
    after(() => confirmRevocation(AccountSid));
  }
  return NextResponse.json({ ok: true });
}

export const GET = handle;
export const POST = handle;

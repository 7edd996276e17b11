// GET /twilio/connect – the Connect button's target: a single-use state, then Twilio's authorize page
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth";
import { createConnectState } from "@/lib/connections";
import { env } from "@/lib/env";
import { redirectTo, tooManyRequests } from "@/lib/http";
import { consumeLimit } from "@/lib/limits";
import { connectAuthorizeUrl } from "@/lib/twilio";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return redirectTo(request, `/signin?callbackUrl=${encodeURIComponent("/connections")}`);
  // A link people follow: the refusal is the page they see.
  const limit = await consumeLimit("connectStart", user.id);
  if (!limit.allowed)
    return tooManyRequests(limit.retryAfterSeconds, "Connect was started many times just now.", "text");
  const state = await createConnectState(user.id);
  const settings = env();
  const response = NextResponse.redirect(
    connectAuthorizeUrl(settings.TWILIO_AUTHORIZE_BASE_URL, settings.TWILIO_CONNECT_APP_SID, state),
    303,
  );
  response.headers.set("Cache-Control", "no-store");
  return response;
}

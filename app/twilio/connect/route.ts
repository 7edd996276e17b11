// GET /twilio/connect – the Connect button's target: a single-use state, then Twilio's authorize page
import { getCurrentUser } from "@/lib/auth";
import { createConnectState } from "@/lib/connections";
import { env } from "@/lib/env";
import { redirectTo } from "@/lib/http";
import { connectAuthorizeUrl } from "@/lib/twilio";
import { NextResponse } from "next/server";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return redirectTo(request, `/signin?callbackUrl=${encodeURIComponent("/connections")}`);
  const state = await createConnectState(user.id);
  const settings = env();
  const response = NextResponse.redirect(
    connectAuthorizeUrl(settings.TWILIO_AUTHORIZE_BASE_URL, settings.TWILIO_CONNECT_APP_SID, state),
    303,
  );
  response.headers.set("Cache-Control", "no-store");
  return response;
}

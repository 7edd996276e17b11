// GET /twilio/connect?workspace=… – the Connect button's target: a single-use state, then Twilio's authorize page
import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth";
import { createConnectState } from "@/lib/connections";
import { env } from "@/lib/env";
import { accessWorkspace, defaultWorkspace, redirectTo, tooManyRequests } from "@/lib/http";
import { consumeLimit } from "@/lib/limits";
import { connectAuthorizeUrl } from "@/lib/twilio";
import { parseParams } from "@/lib/web";
import { workspaceIdSchema, workspacePath } from "@/lib/workspaces";

// Without a workspace (the embeddable button's link), the person's default workspace.
const connectSchema = z.object({ workspace: workspaceIdSchema.optional() });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  const returnTo = encodeURIComponent(`${new URL(request.url).pathname}${new URL(request.url).search}`);
  if (!user) return redirectTo(`/signin?callbackUrl=${returnTo}`);
  const params = parseParams(connectSchema, new URL(request.url).searchParams);
  const workspace = !params.success
    ? null
    : params.data.workspace
      ? await accessWorkspace(user, params.data.workspace)
      : await defaultWorkspace(user);
  // A workspace one is not in reads as one that does not exist.
  if (!workspace) return redirectTo("/connections?error=invalid_state");
  if (!workspace.permissions.connect)
    return redirectTo(`${workspacePath(workspace.id, "/connections")}?error=not_allowed`);
  // A link people follow: the refusal is the page they see.
  const limit = await consumeLimit("connectStart", user.id);
  if (!limit.allowed)
    return tooManyRequests(limit.retryAfterSeconds, "Connect was started many times just now.", "text");
  const state = await createConnectState(user.id, workspace.id);
  const settings = env();
  const response = NextResponse.redirect(
    connectAuthorizeUrl(settings.TWILIO_AUTHORIZE_BASE_URL, settings.TWILIO_CONNECT_APP_SID, state),
    303,
  );
  response.headers.set("Cache-Control", "no-store");
  return response;
}

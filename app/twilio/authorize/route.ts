// GET /twilio/authorize – the Connect App's Authorize URL: Twilio sends the browser back here
import { after } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth";
import { ConnectError, consumeConnectState, linkTwilioAccount, type ConnectErrorCode } from "@/lib/connections";
import { accessWorkspace, redirectTo } from "@/lib/http";
import { requestImport } from "@/lib/sync";
import { isAccountSid } from "@/lib/domain";
import { parseParams } from "@/lib/web";
import { actorOf, workspacePath } from "@/lib/workspaces";

const callbackSchema = z.object({
  AccountSid: z.string().max(64).optional(),
  state: z.string().max(256).optional(),
  error: z.string().max(64).optional(),
});

// Every outcome redirects to one of our own pages, so the AccountSid never stays in the address bar:
// the Connections page of the workspace Connect was clicked in, once the state has said which.
const failed = (code: ConnectErrorCode, workspaceId?: string) =>
  redirectTo(`${workspaceId ? workspacePath(workspaceId, "/connections") : "/connections"}?error=${code}`);

export async function GET(request: Request) {
  const user = await getCurrentUser();
  // Signed out: nothing can be linked (the state is bound to the person who clicked Connect).
  if (!user) return redirectTo(`/signin?callbackUrl=${encodeURIComponent("/connections")}`);

  // A repeated AccountSid or state is refused outright: whichever copy some reader picked, the
  // state would vouch for an account nobody chose.
  const params = parseParams(callbackSchema, new URL(request.url).searchParams);
  if (!params.success) return failed("invalid_state");
  const { AccountSid, state, error } = params.data;

  const spent = await consumeConnectState(state, user.id);
  if (spent.check !== "ok" || !spent.workspaceId) return failed("invalid_state");
  if (error) return redirectTo("/connections/declined");
  // Membership and role are checked again: either may have changed while Twilio's page was open.
  const workspace = await accessWorkspace(user, spent.workspaceId);
  if (!workspace) return failed("invalid_state");
  if (!workspace.permissions.connect) return failed("not_allowed", workspace.id);
  if (!isAccountSid(AccountSid)) return failed("invalid_account", workspace.id);

  try {
    const { connectionId } = await linkTwilioAccount({ workspaceId: workspace.id, actor: actorOf(user) }, AccountSid);
    // The first import starts right away (or is queued for a worker); the dashboard shows its
    // progress meanwhile. Linking has just discovered the accounts and checked their access: the
    // import need not again.
    await requestImport(connectionId, { accountsJustDiscovered: true }, after);
    return redirectTo(`${workspacePath(workspace.id, "/dashboard")}?connection=${connectionId}`);
  } catch (failure) {
    if (failure instanceof ConnectError) return failed(failure.code, workspace.id);
    throw failure;
  }
}

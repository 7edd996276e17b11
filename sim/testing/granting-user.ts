import type { SimControlClient } from "../control-client";

/**
 * The accounts of the Twilio user who granted `connectSid`, as the simulator's control API names
 * them (not as an app discovers them): whose records a test compares the app's figures with.
 */
export async function grantingUserAccounts(control: SimControlClient, connectSid: string): Promise<string[]> {
  const state = await control.state();
  const userId = state.authorizations.find((a) => a.accountSid === connectSid)?.userId;
  return (state.users.find((u) => u.id === userId)?.accounts ?? []).map((account) => account.sid);
}

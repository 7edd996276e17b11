const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;

export function isAccountSid(value: unknown): value is string {
  return typeof value === "string" && ACCOUNT_SID.test(value);
}

/** Where the Connect button sends people: Twilio's authorize page for our Connect App, with `state`. */
export function connectAuthorizeUrl(authorizeBaseUrl: string, connectAppSid: string, state: string): string {
  const url = new URL(`${authorizeBaseUrl.replace(/\/+$/, "")}/${connectAppSid}`);
  url.searchParams.set("state", state);
  return url.toString();
}

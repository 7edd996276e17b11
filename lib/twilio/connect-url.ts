/** Where the Connect button sends people: Twilio's authorize page for our Connect App, with `state`. */
export function connectAuthorizeUrl(authorizeBaseUrl: string, connectAppSid: string, state: string): string {
  const url = new URL(`${authorizeBaseUrl.replace(/\/+$/, "")}/${connectAppSid}`);
  url.searchParams.set("state", state);
  return url.toString();
}

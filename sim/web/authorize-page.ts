import type { ConnectPermission, SimConfig } from "../config";
import type { SimUser } from "../store/types";
import { html, page } from "./html";

const PERMISSION_TEXT: Record<ConnectPermission, string> = {
  "get-all": "Read all your data: calls, messages, usage and account details",
  "post-all": "Make calls, send messages and charge usage to your account",
};

/**
 * Twilio's Connect consent screen. Stable names for browser tests: each user is a radio whose
 * label holds the email; the buttons are named exactly "Authorize" and "Deny".
 */
export function authorizePage(
  config: SimConfig,
  users: readonly SimUser[],
  state: string | null,
  error?: string,
): string {
  const body = html`
<p class="muted">Twilio (simulated)</p>
<h1 id="consent-title"><span data-testid="connect-app-name">${config.connectAppName}</span> by
  <span data-testid="connect-app-company">${config.connectAppCompany}</span>
  would like to access your Twilio account</h1>
<section aria-labelledby="permissions-title">
  <h2 id="permissions-title">This app will be able to</h2>
  <ul data-testid="connect-app-permissions">
    ${config.connectAppPermissions.map((p) => html`<li>${PERMISSION_TEXT[p]} <code>${p}</code></li>`)}
  </ul>
</section>
${error ? html`<p role="alert">${error}</p>` : null}
<form method="post" action="/authorize/${config.connectAppSid}" aria-labelledby="consent-title">
  ${state === null ? null : html`<input type="hidden" name="state" value="${state}">`}
  <fieldset>
    <legend>Signed in to Twilio as</legend>
    ${users.map(
      (user, n) => html`<div class="choice">
      <input type="radio" name="user" id="user-${user.id}" value="${user.id}" ${n === 0 ? "checked" : ""} required>
      <label for="user-${user.id}">${user.name} &lt;${user.email}&gt;</label>
    </div>`,
    )}
  </fieldset>
  <div class="actions">
    <button type="submit" name="decision" value="authorize" id="authorize" class="primary">Authorize</button>
    <button type="submit" name="decision" value="deny" id="deny">Deny</button>
  </div>
</form>
<p class="note">A local stand-in for twilio.com: authorizing creates a connect subaccount for this app inside the
  chosen user's account and sends you back to the app with its AccountSid.</p>`;
  return page(`Authorize ${config.connectAppName}`, body);
}

export function notFoundPage(what: string): string {
  return page("Not found", html`<h1>Not found</h1><p>${what}</p><p><a href="/">Simulator console</a></p>`);
}

import { isoSeconds } from "../lib/twilio-time";
import type { SimStore } from "../store/sim-store";
import { html, page } from "./html";

/** The simulator's own console: who exists, who authorized the app, and revoking (deauthorize). */
export function consolePage(store: SimStore): string {
  const { config } = store;
  const users = [...store.users.values()];
  const userName = (id: string) => store.users.get(id)?.email ?? id;
  const body = html`
<h1>Twilio simulator</h1>
<p class="muted">Simulated clock: ${isoSeconds(store.nowSec())}</p>
<section aria-labelledby="app-title">
  <h2 id="app-title">Connect App</h2>
  <p><strong>${config.connectAppName}</strong> by ${config.connectAppCompany} — <code>${config.connectAppSid}</code>,
    permissions <code>${config.connectAppPermissions.join(",")}</code>.
    <a href="/authorize/${config.connectAppSid}">Open its authorize page</a></p>
  <p class="note">Authorize URL ${config.authorizeRedirectUrl} · Deauthorize URL (${config.deauthorizeMethod})
    ${config.deauthorizeUrl}</p>
</section>
<section aria-labelledby="users-title">
  <h2 id="users-title">Users and accounts</h2>
  <table>
    <thead><tr><th scope="col">User</th><th scope="col">Account</th><th scope="col">SID</th><th scope="col">Calls</th><th scope="col">Messages</th></tr></thead>
    <tbody>${users.flatMap((user) =>
      store.accountTree(user.ownerAccountSid).map(
        (a) => html`<tr><td>${user.name}<br><span class="muted">${user.email}</span></td>
        <td>${a.friendlyName}${a.sid === a.ownerAccountSid ? " (main)" : a.connectAppSid ? " (connect)" : ""}</td>
        <td><code>${a.sid}</code></td><td>${a.calls.generatedCount + a.calls.addedCount}</td>
        <td>${a.messages.generatedCount + a.messages.addedCount}</td></tr>`,
      ),
    )}</tbody>
  </table>
</section>
<section aria-labelledby="auth-title">
  <h2 id="auth-title">Authorizations</h2>
  ${store.authorizations.size === 0 ? html`<p class="muted">Nobody has authorized the app yet.</p>` : null}
  <table>
    <thead><tr><th scope="col">User</th><th scope="col">Connect subaccount</th><th scope="col">Status</th><th scope="col">Action</th></tr></thead>
    <tbody>${[...store.authorizations.values()].map(
      (a) => html`<tr><td>${userName(a.userId)}</td><td><code>${a.accountSid}</code></td>
      <td>${a.active ? "active" : "revoked"}</td>
      <td>${
        a.active
          ? html`<form method="post" action="/console/authorizations/${a.accountSid}/revoke">
          <button type="submit" class="danger" aria-label="Revoke ${userName(a.userId)}">Revoke</button></form>`
          : null
      }</td></tr>`,
    )}</tbody>
  </table>
</section>
<section aria-labelledby="deliveries-title">
  <h2 id="deliveries-title">Deauthorize callbacks</h2>
  <ul>${store.deliveries.map(
    (d) => html`<li>${isoSeconds(d.atSec)} ${d.method} ${d.url} for <code>${d.accountSid}</code>:
      ${d.status === null ? `failed (${d.error ?? "unknown error"})` : `HTTP ${d.status}`}</li>`,
  )}</ul>
</section>`;
  return page("Twilio simulator", body, true);
}

/**
 * Self-contained HTML for the Connect button, for pages outside this app. It points at our
 * /twilio/connect route, which adds the single-use state before sending people on to Twilio.
 */
export function connectButtonHtml(connectUrl: string, label = "Connect with Twilio"): string {
  const style = [
    "display:inline-flex",
    "align-items:center",
    "gap:10px",
    "padding:8px 16px",
    "border-radius:6px",
    "background:#D9223A",
    "color:#fff",
    "font:600 14px/1.4 system-ui,sans-serif",
    "text-decoration:none",
  ].join(";");
  const mark =
    '<svg aria-hidden="true" width="20" height="20" viewBox="0 0 30 30"><circle cx="15" cy="15" r="13" fill="none" stroke="#fff" stroke-width="3"/><circle cx="11" cy="11" r="2.6" fill="#fff"/><circle cx="19" cy="11" r="2.6" fill="#fff"/><circle cx="11" cy="19" r="2.6" fill="#fff"/><circle cx="19" cy="19" r="2.6" fill="#fff"/></svg>';
  return `<a href="${connectUrl}" style="${style}">${mark}${label}</a>`;
}

/** The answer to a state-changing request from elsewhere, in the app's one JSON error shape (with a 403). */
export const CROSS_ORIGIN_ERROR = {
  code: "cross_origin",
  message: "This request must come from this app's own pages.",
} as const;

/** Methods that change nothing: the only ones a page on another origin may send us. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * Whether a browser sent this request from one of our own pages. Browsers mark every request with
 * `Sec-Fetch-Site` and every POST with `Origin`; a form or `fetch` on another origin (another port
 * of localhost included) cannot forge either. A request with neither came from no browser page, and
 * is refused too: state-changing routes are for our pages only (webhooks and cron are exempt by
 * path, in proxy.ts). Our host is the public URL's when configured, else the Host the request was
 * sent to (as a proxy forwards it).
 */
export function isSameOriginRequest(headers: Headers, requestUrl: string, publicUrl?: string): boolean {
  const site = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  if (site === null && origin === null) return false;
  if (site !== null && site !== "same-origin") return false;
  if (origin === null) return true;
  const ours = publicUrl
    ? hostOf(publicUrl)
    : (headers.get("x-forwarded-host") ?? headers.get("host") ?? hostOf(requestUrl));
  return ours !== null && hostOf(origin) === ours;
}

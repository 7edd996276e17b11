// POST /api/digests/unsubscribe?token=… – ends the digest a signed link names: the confirm button
// of /unsubscribe, and mail clients' one-click List-Unsubscribe (RFC 8058), neither signed in
import { readUnsubscribeToken, unsubscribe } from "@/lib/digests";
import { redirectTo } from "@/lib/http";

/** A bare page for the answers a person may land on after the button (no layout, no scripts). */
function plainPage(status: number, title: string, text: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p><p><a href="/">Home</a></p></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

export async function POST(request: Request) {
  const claim = readUnsubscribeToken(new URL(request.url).searchParams.get("token"));
  if (!claim) return plainPage(400, "Link not valid", "This unsubscribe link is damaged or was not made by this app.");
  if (!(await unsubscribe(claim))) {
    return plainPage(410, "Already unsubscribed", "This digest is no longer sent to you (or its settings changed).");
  }
  return redirectTo("/unsubscribe?done=1");
}

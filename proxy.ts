import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import {
  CROSS_ORIGIN_ERROR,
  isSameOriginRequest,
  LAST_WORKSPACE_COOKIE,
  newNonce,
  SAFE_METHODS,
  securityHeaders,
  workspaceInPath,
} from "@/lib/web";

// Every request passes here first:
// 1. State-changing requests (API routes, server actions, next-auth's forms) come from our own
//    pages or get a 403: Next.js would answer a cross-origin server action with a 500, and API
//    routes would run. Twilio's Deauthorize URL (signed or verified with Twilio) and the cron
//    route (a bearer secret) are called by servers, not pages; so is a digest's one-click
//    unsubscribe (RFC 8058: the mail provider posts it; its signed token is the authority).
// 2. Signed-out visitors to signed-in pages go to sign-in and come back after (an optimistic
//    check: pages verify the session themselves, lib/auth/session.ts).
// 3. A workspace page remembers its workspace in a cookie, so /dashboard lands there next time
//    (membership is checked by the page, never by this cookie).
// 4. Every response gets the security headers, with a fresh CSP nonce that Next.js puts on its
//    scripts (it reads the request's CSP header) and app/layout.tsx on the theme script.

const SERVER_TO_SERVER = new Set(["/twilio/deauthorize", "/api/cron/sync", "/api/digests/unsubscribe"]);
const SIGNED_IN_PAGES = /^\/(dashboard|connections|calls|w|invite|outbox|workspaces|account)(\/|$)/;

export async function proxy(request: NextRequest) {
  const settings = env();
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    production: settings.NODE_ENV === "production",
    development: settings.NODE_ENV === "development",
  });
  const respond = (response: NextResponse) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  const { pathname } = request.nextUrl;

  const crossOrigin =
    !SAFE_METHODS.has(request.method) &&
    !SERVER_TO_SERVER.has(pathname) &&
    !isSameOriginRequest(request.headers, request.url, settings.NEXTAUTH_URL);
  if (crossOrigin) {
    return respond(NextResponse.json({ error: CROSS_ORIGIN_ERROR }, { status: 403 }));
  }

  if (SIGNED_IN_PAGES.test(pathname)) {
    const token = await getToken({ req: request, secret: settings.NEXTAUTH_SECRET }).catch(() => null);
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
      return respond(NextResponse.redirect(signIn));
    }
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  const workspace = workspaceInPath(pathname);
  if (workspace && request.cookies.get(LAST_WORKSPACE_COOKIE)?.value !== workspace) {
    response.cookies.set(LAST_WORKSPACE_COOKIE, workspace, {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      path: "/",
      maxAge: 365 * 24 * 60 * 60,
    });
  }
  return respond(response);
}

export const config = {
  // Everything, static files included: every response carries the headers.
  matcher: "/:path*",
};

// GET|POST /api/auth/* – next-auth (sign-in, callbacks, session, sign-out)
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { authOptions, CALLBACK_COOKIES, isReadableCallbackUrl } from "@/lib/auth";
import { env } from "@/lib/env";
import { jsonError, tooManyRequests } from "@/lib/http";
import { consumeLimit, type LimitOutcome } from "@/lib/limits";
import { clientAddress, parseParams } from "@/lib/web";

type Context = { params: Promise<{ nextauth: string[] }> };

const emailForm = z.object({ email: z.string().trim().toLowerCase().max(320) });

// next-auth copies some query values into its redirects' Location header (`error` into
// /signin?error=…), where a control character is a 500, and answers 500 to a callbackUrl it cannot
// read as a path or an http(s) URL: such values, and repeated names, are refused before it sees
// them. Its error codes are words.
const printable = z
  .string()
  .max(2_000)
  .regex(/^[^\p{Cc}]*$/u, "has control characters");
const authQuery = z
  .object({
    error: z
      .string()
      .regex(/^\w{0,64}$/, "is not an error code")
      .optional(),
    callbackUrl: printable.refine(isReadableCallbackUrl, "is not a path or an http(s) URL").optional(),
  })
  .catchall(printable);

/**
 * next-auth reads its callback-url cookie on every request and answers 500 to one it cannot read
 * (a cookie is the browser's to send): such a cookie is cleared, with a 400 that says so.
 */
function unreadableCallbackCookies(request: NextRequest): string[] {
  return CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isReadableCallbackUrl(value);
  });
}

/** Sign-in attempts per client address, and magic links per email address (nobody's inbox is flooded). */
async function signInLimit(request: Request, action: string, provider: string | undefined): Promise<LimitOutcome> {
  const byAddress = await consumeLimit("signIn", clientAddress(request.headers));
  if (!byAddress.allowed || action !== "signin" || provider !== "email") return byAddress;
  const form = parseParams(emailForm, new URLSearchParams(await request.clone().text()));
  return form.success ? consumeLimit("magicLink", form.data.email) : byAddress;
}

// Built per request so the build never needs runtime settings.
async function handler(request: NextRequest, context: Context) {
  const params = await context.params;
  const [action, provider] = params.nextauth;
  const query = parseParams(authQuery, new URL(request.url).searchParams);
  if (!query.success) return jsonError(400, "invalid_query", query.message);
  const staleCookies = unreadableCallbackCookies(request);
  if (staleCookies.length > 0) {
    const response = jsonError(400, "invalid_cookie", "A sign-in cookie could not be read and was cleared: try again.");
    for (const name of staleCookies)
      response.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
    return response;
  }
  if (request.method === "POST" && (action === "signin" || action === "callback")) {
    const limit = await signInLimit(request, action, provider);
    if (!limit.allowed) {
      // next-auth's client follows `url` (or reads its `error`): the sign-in page says why.
      const url = new URL("/signin?error=RateLimited", env().NEXTAUTH_URL ?? request.url).toString();
      return tooManyRequests(limit.retryAfterSeconds, "Too many sign-in attempts just now.", "json", { url });
    }
  }
  return NextAuth(authOptions())(request, { params });
}

export { handler as GET, handler as POST };

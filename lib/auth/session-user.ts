import "server-only";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

type TokenRequest = Parameters<typeof getToken>[0]["req"];

/**
 * The user id in a request's session cookie, for log lines: read outside any page or route, from
 * the Cookie header alone. Null when signed out or the cookie does not verify.
 */
export async function sessionUserId(cookieHeader: string | undefined): Promise<string | null> {
  if (!cookieHeader?.includes("session-token")) return null;
  const cookies = new Map<string, string>();
  for (const pair of cookieHeader.split(";")) {
    const at = pair.indexOf("=");
    if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  // Headers left out: getToken would otherwise read an Authorization header (the cron route's
  // secret) as a session.
  const request = { cookies, headers: {} } as unknown as TokenRequest;
  const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return typeof token?.sub === "string" ? token.sub : null;
}

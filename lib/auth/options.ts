import "server-only";
import type { NextAuthOptions } from "next-auth";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { safeRedirectUrl } from "./callback-url";
import { buildProviders } from "./providers";

// JWT sessions: the demo (credentials) provider cannot use database sessions, and a signed
// cookie keeps page loads free of a session lookup. The adapter still stores users and the
// OAuth/email accounts linked to them.
export function authOptions(): NextAuthOptions {
  const settings = env();
  return {
    adapter: PrismaAdapter(getDb()),
    providers: buildProviders(settings),
    secret: settings.NEXTAUTH_SECRET,
    session: { strategy: "jwt" },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    // next-auth's own messages join the server's log (redacted and masked like every line) rather
    // than the console, where a rejected callback URL would be printed as it came.
    logger: {
      error: (code, metadata) => logger().error({ code, ...authDetails(metadata) }, "next-auth"),
      warn: (code) => logger().warn({ code }, "next-auth"),
      debug: (code, metadata) => logger().debug({ code, ...authDetails(metadata) }, "next-auth"),
    },
    callbacks: {
      redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

/** An error next-auth reports, or the error inside its details, where the log's error serializer finds it. */
function authDetails(metadata: unknown): Record<string, unknown> {
  if (metadata instanceof Error) return { err: metadata };
  if (typeof metadata !== "object" || metadata === null) return { metadata };
  const { error, ...rest } = metadata as Record<string, unknown>;
  return error instanceof Error ? { err: error, metadata: rest } : { metadata };
}

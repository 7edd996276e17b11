import "server-only";
import type { NextAuthOptions } from "next-auth";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
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

// GET|POST /api/auth/* – next-auth (sign-in, callbacks, session, sign-out)
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request so the build never needs runtime settings.
async function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };

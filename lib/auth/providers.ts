import "server-only";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Env } from "@/lib/env";
import { upsertUserByEmail } from "@/lib/users";
import { demoSignInSchema } from "@/lib/forms";

export const DEMO_PROVIDER_ID = "demo";

/** Each provider is on only when its settings are; demo sign-in only in demo mode. */
export function buildProviders(env: Env): Provider[] {
  const providers: Provider[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }
  if (env.EMAIL_SERVER && env.EMAIL_FROM) {
    providers.push(EmailProvider({ server: env.EMAIL_SERVER, from: env.EMAIL_FROM }));
  }
  if (env.DEMO_MODE) {
    providers.push(
      CredentialsProvider({
        id: DEMO_PROVIDER_ID,
        name: "Demo",
        credentials: { name: { label: "Name", type: "text" }, email: { label: "Email", type: "email" } },
        async authorize(credentials) {
          const parsed = demoSignInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          return upsertUserByEmail(parsed.data);
        },
      }),
    );
  }
  return providers;
}

export type SignInOption = { id: string; name: string; kind: "oauth" | "email" | "demo" };

/** What the sign-in page offers, without anything secret; the same conditions as buildProviders. */
export function signInOptions(env: Env): SignInOption[] {
  const options: (SignInOption | false)[] = [
    Boolean(env.GITHUB_ID && env.GITHUB_SECRET) && { id: "github", name: "GitHub", kind: "oauth" },
    Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) && { id: "google", name: "Google", kind: "oauth" },
    Boolean(env.EMAIL_SERVER && env.EMAIL_FROM) && { id: "email", name: "Email", kind: "email" },
    env.DEMO_MODE && { id: DEMO_PROVIDER_ID, name: "Demo", kind: "demo" },
  ];
  return options.filter((option): option is SignInOption => option !== false);
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { DemoSignInForm } from "@/components/auth/demo-sign-in-form";
import { EmailSignInForm, OAuthButton } from "@/components/auth/provider-sign-in";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { safeCallbackPath, signInOptions, getCurrentUser } from "@/lib/auth";
import { env } from "@/lib/env";
import type { SearchParamsRecord } from "@/lib/filters";
import { ownValue, readPageParams } from "@/lib/web";

export const metadata: Metadata = { title: "Sign in" };

const ERROR_MESSAGES: Readonly<Record<string, string>> = {
  OAuthAccountNotLinked: "That email is already linked to another sign-in method. Use the one you used before.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  CredentialsSignin: "Sign-in failed. Check what you entered.",
  RateLimited: "Too many sign-in attempts from here just now. Wait a few minutes, then try again.",
};

// next-auth adds `error` after a failed attempt; any other value gets the general message.
const pageParams = z.object({
  callbackUrl: z.string().optional().catch(undefined),
  error: z.string().optional().catch(undefined),
  /** Set by deleting one's account (Account and privacy), which ends here signed out. */
  deleted: z.literal("1").optional().catch(undefined),
});

type Props = { searchParams: Promise<SearchParamsRecord> };

export default async function SignInPage({ searchParams }: Props) {
  const params = readPageParams(pageParams, await searchParams).data;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);

  const options = signInOptions(env());
  const error = params.error ? (ownValue(ERROR_MESSAGES, params.error) ?? "Sign-in failed. Try again.") : null;

  return (
    <Card className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">to see your Twilio call analytics.</p>
      </div>
      {params.deleted ? <Notice tone="success">Your account and its data are deleted.</Notice> : null}
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {options.length === 0 ? (
        <p className="text-sm">
          No sign-in method is configured. An operator needs to set GitHub, Google or email settings (see the README).
        </p>
      ) : null}
      {options.map((option) =>
        option.kind === "demo" ? (
          <DemoSignInForm key={option.id} providerId={option.id} callbackUrl={callbackUrl} />
        ) : option.kind === "email" ? (
          <EmailSignInForm key={option.id} id={option.id} callbackUrl={callbackUrl} />
        ) : (
          <OAuthButton key={option.id} id={option.id} name={option.name} callbackUrl={callbackUrl} />
        ),
      )}
    </Card>
  );
}

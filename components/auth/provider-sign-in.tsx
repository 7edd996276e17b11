"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-styles";

export function OAuthButton({ id, name, callbackUrl }: { id: string; name: string; callbackUrl: string }) {
  return (
    <button type="button" onClick={() => signIn(id, { callbackUrl })} className={buttonClass("secondary", "w-full")}>
      Continue with {name}
    </button>
  );
}

/** Sends a magic link; next-auth then shows the check-your-email page. */
export function EmailSignInForm({ id, callbackUrl }: { id: string; callbackUrl: string }) {
  const [error, setError] = useState<string>();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setError("Enter a valid email address");
      return;
    }
    setError(undefined);
    void signIn(id, { email, callbackUrl });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Email sign-in">
      <Field label="Work email" name="magic-email" type="email" autoComplete="email" error={error} required />
      <button type="submit" className={buttonClass("secondary", "w-full")}>
        Email me a sign-in link
      </button>
    </form>
  );
}

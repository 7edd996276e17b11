"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-styles";
import { demoSignInSchema } from "@/lib/forms";

type Errors = Partial<Record<"name" | "email" | "form", string>>;

/** Demo mode only: sign in as anyone, offline. */
export function DemoSignInForm({ providerId, callbackUrl }: { providerId: string; callbackUrl: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = demoSignInSchema.safeParse({ name: form.get("name"), email: form.get("email") });
    if (!parsed.success) {
      const fieldErrors = parsed.error.flatten().fieldErrors;
      setErrors({ name: fieldErrors.name?.[0], email: fieldErrors.email?.[0] });
      return;
    }
    setErrors({});
    setPending(true);
    const result = await signIn(providerId, { ...parsed.data, redirect: false, callbackUrl });
    if (!result || result.error) {
      setPending(false);
      const tooMany = result?.status === 429;
      setErrors({
        form: tooMany
          ? "Too many sign-in attempts from here just now. Wait a few minutes, then try again."
          : "Sign-in failed. Check the server log, then try again.",
      });
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Demo sign-in">
      <Field label="Name" name="name" autoComplete="name" placeholder="Ada Lovelace" error={errors.name} required />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        placeholder="ada@example.com"
        error={errors.email}
        required
      />
      {errors.form ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? "Signing in…" : "Sign in to the demo"}
      </button>
    </form>
  );
}

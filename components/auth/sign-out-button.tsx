"use client";

import { signOut } from "next-auth/react";

/** Signs out, then goes to `callbackUrl` (a page of ours; one behind sign-in asks to sign in again). */
export function SignOutButton({ className = "", callbackUrl = "/" }: { className?: string; callbackUrl?: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl })} className={className}>
      Sign out
    </button>
  );
}

"use client";

import Link from "next/link";
import { useRef } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { useDismiss } from "./use-dismiss";

type Props = {
  name: string | null;
  email: string | null;
  /** Without a mail server, mail to the person waits in the app's outbox: the menu links to it. */
  outbox: boolean;
};

function initials(name: string | null, email: string | null): string {
  const source = name?.trim() || email || "?";
  return source
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

/** A disclosure (<details>): it opens with the keyboard and works before hydration; Escape and leaving close it. */
export function AccountMenu({ name, email, outbox }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const dismiss = useDismiss(menu);
  const letters = initials(name, email);
  return (
    <details ref={menu} className="group relative" {...dismiss}>
      <summary
        aria-label={`${letters}, account menu`}
        className="flex cursor-pointer list-none items-center gap-2 rounded-full p-0.5 [&::-webkit-details-marker]:hidden"
      >
        <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">
          {letters}
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-60 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <div className="px-3 py-2">
          <p className="truncate text-sm font-medium" data-testid="account-name">
            {name ?? "Signed in"}
          </p>
          {email ? <p className="truncate text-xs text-slate-500 dark:text-slate-400">{email}</p> : null}
        </div>
        <Link href="/account" className="block rounded-lg px-3 py-2 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
          Account and privacy
        </Link>
        {outbox ? (
          <Link
            href="/outbox"
            className="block rounded-lg px-3 py-2 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            Outbox (mail to you)
          </Link>
        ) : null}
        <SignOutButton className="w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800" />
      </div>
    </details>
  );
}

"use client";

import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { StatusPage } from "@/components/ui/status-page";

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * What an error boundary shows: the message is the server's digest only (the details stay in the
 * server log, never in the page), and Try again re-renders the part that failed.
 */
export function ErrorPage({ error, reset }: Props) {
  useEffect(() => console.error(error), [error]);
  return (
    <StatusPage
      title="Something went wrong"
      actions={
        <>
          <button type="button" onClick={reset} className={buttonClass("primary")}>
            Try again
          </button>
          <Link href="/dashboard" className={buttonClass("secondary")}>
            Overview
          </Link>
        </>
      }
    >
      <p>This page could not be shown. Your data is safe; trying again usually works.</p>
      {error.digest ? <p className="text-xs">Reference: {error.digest}</p> : null}
    </StatusPage>
  );
}
